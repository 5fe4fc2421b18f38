package org.shegong.platform.api.directory;

import java.util.Optional;

/**
 * Stations (社工站) as the public knows them: name and address, as on the station's door — for a
 * module that tells someone without a station of their own (a volunteer holding a check-in code)
 * where to go. Global data, the same for every tenant, whoever runs the station now.
 */
public interface StationCards {

    /** The station serving the street (or township), if there is one. */
    Optional<StationCard> ofStreet(String streetCode);
}
