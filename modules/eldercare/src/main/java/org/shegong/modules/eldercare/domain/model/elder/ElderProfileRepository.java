package org.shegong.modules.eldercare.domain.model.elder;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The current tenant's elder profiles. */
public interface ElderProfileRepository {

    Optional<ElderProfile> ofResident(long residentId);

    List<ElderProfile> atStreets(Set<String> streetCodes);

    /** Elders with a profile at the end of a day, per street code (a snapshot). */
    Map<String, Long> countPerStreetAt(Set<String> streetCodes, Instant endOfDay);

    void store(ElderProfile profile);
}
