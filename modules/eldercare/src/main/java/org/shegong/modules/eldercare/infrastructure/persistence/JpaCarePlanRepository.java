package org.shegong.modules.eldercare.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shegong.modules.eldercare.domain.model.plan.CarePlan;
import org.shegong.modules.eldercare.domain.model.plan.CarePlanRepository;

@ApplicationScoped
public class JpaCarePlanRepository implements CarePlanRepository {

    @Inject
    ElderUnit unit;

    @Override
    public Optional<CarePlan> currentOf(long residentId) {
        return unit.em().createQuery("select p from CarePlan p where p.residentId = :r and p.currentVersion = true", CarePlan.class)
                .setParameter("r", residentId).getResultStream().findFirst();
    }

    @Override
    public List<CarePlan> versionsOf(long residentId) {
        return unit.em().createQuery("select p from CarePlan p where p.residentId = :r order by p.planVersion desc", CarePlan.class)
                .setParameter("r", residentId).getResultList();
    }

    @Override
    public List<CarePlan> currentAtStreets(Set<String> streetCodes) {
        if (streetCodes.isEmpty()) {
            return List.of();
        }
        return unit.em().createQuery("select p from CarePlan p where p.currentVersion = true and p.streetCode in :s and p.residentRemoved = false order by p.residentName",
                CarePlan.class).setParameter("s", streetCodes).getResultList();
    }

    @Override
    public void store(CarePlan plan) {
        unit.persist(plan, plan.getId());
    }
}
