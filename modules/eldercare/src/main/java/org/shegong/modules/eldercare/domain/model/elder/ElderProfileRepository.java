package org.shegong.modules.eldercare.domain.model.elder;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The current tenant's elder profiles. */
public interface ElderProfileRepository {

    Optional<ElderProfile> ofResident(long residentId);

    List<ElderProfile> atStreets(Set<String> streetCodes);

    long countAtStreets(Set<String> streetCodes);

    void store(ElderProfile profile);
}
