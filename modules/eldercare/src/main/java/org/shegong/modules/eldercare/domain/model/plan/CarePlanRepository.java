package org.shegong.modules.eldercare.domain.model.plan;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The current tenant's care plans, every version kept. */
public interface CarePlanRepository {

    Optional<CarePlan> currentOf(long residentId);

    /** Every version, newest first. */
    List<CarePlan> versionsOf(long residentId);

    List<CarePlan> currentAtStreets(Set<String> streetCodes);

    void store(CarePlan plan);
}
