package org.shegong.platform.application.partners;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import org.shegong.platform.domain.model.partner.Partner;
import org.shegong.platform.domain.model.partner.PartnerRepository;

/** The outside resources (合作资源) the current operator links: enterprises, foundations, hospitals, universities. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PartnerDirectory {

    @Inject
    PartnerRepository partners;

    public List<Partner> all() {
        return partners.all().stream().sorted(Comparator.comparing(Partner::getType).thenComparing(Partner::getName)).toList();
    }
}
