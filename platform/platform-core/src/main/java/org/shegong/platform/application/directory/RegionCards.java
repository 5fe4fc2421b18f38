package org.shegong.platform.application.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import org.shegong.platform.api.directory.CommunityCard;
import org.shegong.platform.api.directory.CommunityCards;
import org.shegong.platform.domain.model.region.Region;
import org.shegong.platform.domain.model.region.RegionLevel;
import org.shegong.platform.domain.model.region.RegionRepository;

/** The region tree's communities as modules see them (global data: the same for every tenant). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RegionCards implements CommunityCards {

    @Inject
    RegionRepository regions;

    @Override
    public List<CommunityCard> ofStreets(Set<String> streetCodes) {
        return streetCodes.stream().sorted()
                .flatMap(code -> regions.findByCode(code).stream())
                .filter(street -> street.getLevel().isStreetLevel())
                .flatMap(street -> regions.childrenOf(street).stream()
                        .filter(c -> c.getLevel() == RegionLevel.COMMUNITY)
                        .map(c -> card(c, street)))
                .toList();
    }

    static CommunityCard card(Region community, Region street) {
        return new CommunityCard(community.getCode(), community.getName(), street.getCode(), street.getName());
    }
}
