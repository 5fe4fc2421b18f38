package org.shegong.platform.application.stations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.shegong.platform.api.persistence.Actor;
import org.shegong.platform.application.activities.ActivityRegistry;
import org.shegong.platform.application.residents.ResidentRegistry;
import org.shegong.platform.application.tenancy.TenantWork;
import org.shegong.platform.domain.model.contract.Contract;
import org.shegong.platform.domain.model.contract.ContractRepository;
import org.shegong.platform.domain.model.region.Region;
import org.shegong.platform.domain.model.region.RegionRepository;
import org.shegong.platform.domain.model.station.Station;
import org.shegong.platform.domain.model.station.StationRepository;

/**
 * What civil affairs sees of a region: each station with its operator and counts. The counts are
 * taken inside each operator's own tenant and only numbers leave it; no personal record does.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RegionOverview {

    /** One station's line: who runs it and how much has been done there. */
    public record StationCounts(String streetCode, String streetName, String stationName, String operatorName,
                                long residents, long activitiesDone) {
    }

    @Inject
    RegionRepository regions;

    @Inject
    StationRepository stations;

    @Inject
    ContractRepository contracts;

    @Inject
    TenantWork tenantWork;

    @Inject
    ResidentRegistry residents;

    @Inject
    ActivityRegistry activities;

    @Inject
    Clock clock;

    public List<StationCounts> stationsIn(String regionCode) {
        Region region = regions.findByCode(regionCode)
                .orElseThrow(() -> new IllegalArgumentException("行政区划不存在：" + regionCode));
        LocalDate today = LocalDate.now(clock);
        List<StationCounts> lines = new ArrayList<>();
        for (Station station : stations.all()) {
            if (!station.getStreet().isWithin(region)) {
                continue;
            }
            String street = station.getStreet().getCode();
            Contract current = contracts.inForce(station, today).orElse(null);
            long residentCount = 0;
            long doneCount = 0;
            if (current != null) {
                long[] counts = tenantWork.call(current.getOperator().tenantId(), Actor.SYSTEM, () -> new long[] {
                        residents.countInStreets(Set.of(street)), activities.countDone(street)});
                residentCount = counts[0];
                doneCount = counts[1];
            }
            lines.add(new StationCounts(street, station.getStreet().getName(), station.getName(),
                    current == null ? null : current.getOperator().getName(), residentCount, doneCount));
        }
        return lines;
    }
}
