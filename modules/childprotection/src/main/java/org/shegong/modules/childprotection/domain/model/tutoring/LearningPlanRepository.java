package org.shegong.modules.childprotection.domain.model.tutoring;

import java.util.Optional;

public interface LearningPlanRepository {

    void store(LearningPlan plan);

    Optional<LearningPlan> ofChild(long childId);
}
