package org.shegong.modules.childprotection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shegong.modules.childprotection.domain.model.child.Child;
import org.shegong.modules.childprotection.domain.model.tutoring.LearningPlan;
import org.shegong.modules.childprotection.domain.model.tutoring.LearningPlanRepository;
import org.shegong.modules.childprotection.domain.model.tutoring.Tutor;
import org.shegong.platform.api.access.RequiresPermission;
import org.shegong.platform.api.audit.AuditAction;
import org.shegong.platform.api.audit.AuditTrail;
import org.shegong.platform.api.audit.Said;
import org.shegong.platform.api.directory.StaffCard;
import org.shegong.platform.api.directory.StaffCards;
import org.shegong.platform.api.records.Refusal;

/**
 * Home tutoring (送教上门): a child's learning plan, made and revised by whoever may work on the child
 * (the need-to-know rule); a staff tutor is one of the child's station's staff, by their card from the
 * platform's directory, a volunteer is named as typed. The sessions themselves are logged on the case
 * ({@link CaseWork#logSession}); a tutoring session without a tutor named takes the plan's.
 */
@ApplicationScoped
@Transactional
public class LearningPlans {

    @Inject
    LearningPlanRepository plans;

    @Inject
    ChildRegister register;

    @Inject
    StaffCards staff;

    @Inject
    AuditTrail audit;

    /**
     * Makes or revises the child's plan. The tutor: {@code tutorStaffId} for a member of staff of the
     * child's station, else {@code volunteerName}; giving both or neither is refused.
     */
    @RequiresPermission(ChildProtectionPermissions.WORK)
    public LearningPlan plan(long childId, List<String> subjects, String goals, Long tutorStaffId, String volunteerName) {
        Child child = register.visible(childId);
        Tutor tutor = tutor(child, tutorStaffId, volunteerName);
        Optional<LearningPlan> existing = plans.ofChild(childId);
        LearningPlan plan;
        if (existing.isPresent()) {
            plan = existing.get();
            plan.revise(subjects, goals, tutor);
        } else {
            plan = new LearningPlan(child, subjects, goals, tutor);
        }
        plan.assignTo(child.getWorkerId(), child.getSecondWorkerId());
        plans.store(plan);
        audit.record(ChildRegister.CHILD_KIND, childId, AuditAction.CHANGED,
                Said.of("childprotection.history.learningPlan", plan.getSubjectLine(), tutor.name()));
        return plan;
    }

    /** The child's plan, if one was made; a child one may not see is "not found". */
    @RequiresPermission(ChildProtectionPermissions.READ)
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<LearningPlan> ofChild(long childId) {
        return plans.ofChild(register.visible(childId).getId());
    }

    /** Who may tutor the child as staff: the staff of the child's station. */
    @RequiresPermission(ChildProtectionPermissions.READ)
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StaffCard> tutorsFor(long childId) {
        Child child = register.visible(childId);
        return staff.atStations(Set.of(child.getStreetCode())).stream().filter(s -> s.id() != null).toList();
    }

    private Tutor tutor(Child child, Long staffId, String volunteerName) {
        boolean volunteer = volunteerName != null && !volunteerName.isBlank();
        if (staffId != null && volunteer) {
            throw new Refusal("childprotection.refused.tutorBoth");
        }
        if (staffId == null) {
            return volunteer ? Tutor.volunteer(volunteerName) : new Tutor(null, null, null);
        }
        StaffCard card = staff.atStations(Set.of(child.getStreetCode())).stream().filter(s -> staffId.equals(s.id())).findFirst()
                .orElseThrow(() -> new Refusal("childprotection.refused.tutorNotOfStation"));
        return Tutor.staff(card.id(), card.name());
    }
}
