package org.shegong.platform.domain.model.station;

import java.util.List;
import java.util.Optional;

public interface StationRepository {

    Optional<Station> findByStreetCode(String streetCode);

    List<Station> all();

    void store(Station station);
}
