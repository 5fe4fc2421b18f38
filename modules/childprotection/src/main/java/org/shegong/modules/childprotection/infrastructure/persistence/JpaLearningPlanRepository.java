package org.shegong.modules.childprotection.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.shegong.modules.childprotection.domain.model.tutoring.LearningPlan;
import org.shegong.modules.childprotection.domain.model.tutoring.LearningPlanRepository;

@ApplicationScoped
public class JpaLearningPlanRepository implements LearningPlanRepository {

    @Inject
    ChildUnit unit;

    @Override
    public void store(LearningPlan plan) {
        unit.persist(plan, plan.getId());
    }

    @Override
    public Optional<LearningPlan> ofChild(long childId) {
        return unit.em().createQuery("select p from LearningPlan p where p.childId = :c", LearningPlan.class)
                .setParameter("c", childId).getResultStream().findFirst();
    }
}
