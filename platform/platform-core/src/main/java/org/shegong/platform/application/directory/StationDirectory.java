package org.shegong.platform.application.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.shegong.platform.api.directory.StationCard;
import org.shegong.platform.api.directory.StationCards;
import org.shegong.platform.domain.model.station.StationRepository;

/** Stations' public facts from the platform's stations (global data: a station belongs to its street, not to an operator). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StationDirectory implements StationCards {

    @Inject
    StationRepository stations;

    @Override
    public Optional<StationCard> ofStreet(String streetCode) {
        if (streetCode == null || streetCode.isBlank()) {
            return Optional.empty();
        }
        return stations.findByStreetCode(streetCode)
                .map(s -> new StationCard(s.getStreet().getCode(), s.getName(), s.getAddress() == null || s.getAddress().isBlank() ? null : s.getAddress()));
    }
}
