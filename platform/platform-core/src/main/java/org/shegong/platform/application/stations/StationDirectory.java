package org.shegong.platform.application.stations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.shegong.platform.domain.model.contract.Contract;
import org.shegong.platform.domain.model.contract.ContractRepository;
import org.shegong.platform.domain.model.station.Station;
import org.shegong.platform.domain.model.station.StationRepository;

/** Who runs which station on a given day: global registry data, no tenant needed. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StationDirectory {

    @Inject
    StationRepository stations;

    @Inject
    ContractRepository contracts;

    public List<StationSummary> summaries(LocalDate day) {
        return stations.all().stream().map(station -> summary(station, day)).toList();
    }

    private StationSummary summary(Station station, LocalDate day) {
        Contract current = contracts.inForce(station, day).orElse(null);
        return new StationSummary(station.getStreet().getCode(), station.getStreet().getName(), station.getName(),
                station.getAddress(), current == null ? null : current.getOperator().getName(),
                current == null ? null : current.getNumber());
    }
}
