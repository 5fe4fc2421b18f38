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
import org.shegong.modules.eldercare.application.ResidentElder;
import org.shegong.modules.eldercare.domain.model.elder.ElderProfile;
import org.shegong.modules.eldercare.domain.model.health.FollowUpTask;
import org.shegong.modules.eldercare.domain.model.plan.CarePlan;
import org.shegong.platform.api.records.Reasons;
import org.shegong.platform.api.records.RecordNotFoundException;
import org.shegong.platform.api.web.PageMessages;

/**
 * The elder-care panel of the platform's resident page ({@code /WEB-INF/eldercare/panels/resident.xhtml},
 * included with {@code residentId}): the profile in brief, the current plan, open follow-ups; for an elder without
 * a profile the way to open one, and without a birth date that it is needed first. For someone under 60 without a
 * profile there is nothing to say: {@link #shows} tells the platform to show no panel at all.
 */
@Named
@RequestScoped
public class ElderResidentPanel {

    /**
     * What the panel shows of one resident; {@code profile} empty if none was opened yet, {@code standing} null for
     * a resident not mine.
     */
    public record Summary(long residentId, ResidentElder standing, Optional<ElderProfile> profile, Optional<CarePlan> plan,
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
            return new Summary(0, null, Optional.empty(), Optional.empty(), List.of());
        }
        return summaries.computeIfAbsent(residentId, id -> {
            try {
                ResidentElder standing = register.onResident(id);
                if (!standing.hasProfile()) {
                    return new Summary(id, standing, Optional.empty(), Optional.empty(), List.of());
                }
                return new Summary(id, standing, register.profileOf(id), planning.currentPlan(id),
                        health.followUpsOf(id).stream().filter(FollowUpTask::isOpen).toList());
            } catch (RecordNotFoundException notMine) {
                return new Summary(id, null, Optional.empty(), Optional.empty(), List.of());
            }
        });
    }

    /** Whether the resident page shows the panel at all: not for someone under 60 without a profile, nor a resident not mine. */
    public boolean shows(long residentId) {
        ResidentElder standing = of(residentId).standing();
        return standing != null && standing.worthAPanel();
    }

    /** Why no profile can be opened yet (the age rule's refusal), in the page's language. */
    public String whyNot(ResidentElder standing) {
        return Reasons.text(standing.notAdmitted(), PageMessages.locale());
    }
}
