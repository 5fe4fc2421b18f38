package org.shegong.platform.domain.model.station;

import java.util.List;
import java.util.Optional;

public interface StationRepository {

    Optional<Station> findByStreetCode(String streetCode);

    /**
     * The station, its row locked until the transaction ends: one contract change at a station at a
     * time, so two admins adding overlapping contracts at once cannot both find the station free.
     */
    Station lockForContracts(Station station);

    List<Station> all();

    void store(Station station);
}
