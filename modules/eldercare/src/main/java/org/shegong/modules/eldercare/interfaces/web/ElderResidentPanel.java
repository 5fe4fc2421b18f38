package org.shegong.modules.eldercare.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shegong.modules.eldercare.application.CarePlanning;
import org.shegong.modules.eldercare.application.ElderRegister;
import org.shegong.modules.eldercare.application.HealthTracking;
import org.shegong.modules.eldercare.domain.model.elder.ElderProfile;
import org.shegong.modules.eldercare.domain.model.health.FollowUpTask;
import org.shegong.modules.eldercare.domain.model.plan.CarePlan;
import org.shegong.platform.api.records.RecordNotFoundException;

/**
 * The elder-care panel of the platform's resident page ({@code /eldercare/panels/resident.xhtml},
 * included with {@code residentId}): the profile in brief, the current plan, open follow-ups.
 */
@Named
@RequestScoped
public class ElderResidentPanel {

    /** What the panel shows of one resident; {@code profile} empty if none was opened yet. */
    public record Summary(long residentId, Optional<ElderProfile> profile, Optional<CarePlan> plan,
                          List<FollowUpTask> openFollowUps) {

        public boolean hasProfile() {
            return profile.isPresent();
        }
    }

    @Inject
    ElderRegister register;

    @Inject
    CarePlanning planning;

    @Inject
    HealthTracking health;

    private final Map<Long, Summary> summaries = new HashMap<>();

    public Summary of(Long residentId) {
        if (residentId == null) {
            return new Summary(0, Optional.empty(), Optional.empty(), List.of());
        }
        return summaries.computeIfAbsent(residentId, id -> {
            try {
                Optional<ElderProfile> profile = register.profileOf(id);
                return new Summary(id, profile, planning.currentPlan(id),
                        health.followUpsOf(id).stream().filter(FollowUpTask::isOpen).toList());
            } catch (RecordNotFoundException notMine) {
                return new Summary(id, Optional.empty(), Optional.empty(), List.of());
            }
        });
    }
}
