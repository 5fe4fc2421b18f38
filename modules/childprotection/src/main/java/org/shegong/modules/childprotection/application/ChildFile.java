package org.shegong.modules.childprotection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.shegong.modules.childprotection.domain.model.casework.CaseRepository;
import org.shegong.modules.childprotection.domain.model.casework.CaseStep;
import org.shegong.modules.childprotection.domain.model.casework.ChildCase;
import org.shegong.modules.childprotection.domain.model.child.Child;
import org.shegong.modules.childprotection.domain.model.referral.ChildReferral;
import org.shegong.modules.childprotection.domain.model.referral.ReferralRepository;
import org.shegong.modules.childprotection.domain.model.session.ServiceSession;
import org.shegong.modules.childprotection.domain.model.session.SessionRepository;
import org.shegong.modules.childprotection.domain.model.tutoring.LearningPlan;
import org.shegong.modules.childprotection.domain.model.tutoring.LearningPlanRepository;
import org.shegong.platform.api.access.Permissions;
import org.shegong.platform.api.access.RequiresPermission;
import org.shegong.platform.api.audit.AuditRecord;
import org.shegong.platform.api.audit.AuditTrail;
import org.shegong.platform.api.records.RecordNotFoundException;

/**
 * A child's file (儿童档案) as the child page shows it: the record, the current case with its steps,
 * sessions, referrals, learning plan and the history — read in one go, and recorded as one audited read
 * (of the case when there is one, else of the child) with its purpose. A child the person may not see by
 * the need-to-know rule is "not found", exactly as another operator's.
 */
@ApplicationScoped
@Transactional
public class ChildFile {

    /** What the page shows; {@code currentCase} is null for a registered child no case was opened for. */
    public record View(Child child, ChildCase currentCase, List<CaseStep> steps, List<ServiceSession> sessions,
                       List<ChildReferral> referrals, LearningPlan learningPlan, List<AuditRecord> history,
                       boolean mayWork, boolean mayLead) {
    }

    @Inject
    ChildRegister register;

    @Inject
    CaseRepository cases;

    @Inject
    SessionRepository sessions;

    @Inject
    ReferralRepository referrals;

    @Inject
    LearningPlanRepository plans;

    @Inject
    NeedToKnow needToKnow;

    @Inject
    AuditTrail audit;

    @Inject
    Permissions permissions;

    /**
     * Opens the child's file, recording the read; someone not assigned must give a purpose
     * ({@link PurposeRequired} otherwise, before anything is read or recorded).
     */
    @RequiresPermission(ChildProtectionPermissions.READ)
    public View open(long childId, ReadPurpose purpose) {
        ChildCase current = cases.ofChild(childId).stream().findFirst().orElse(null);
        Child child = readable(childId, current);
        if (current == null) {
            needToKnow.openChild(child, purpose);
        } else {
            needToKnow.open(current, purpose);
        }
        return view(child, current);
    }

    /** The file again after a change made on the page: not a new opening, so no read is recorded. */
    @RequiresPermission(ChildProtectionPermissions.READ)
    @Transactional(Transactional.TxType.SUPPORTS)
    public View reread(long childId) {
        ChildCase current = cases.ofChild(childId).stream().findFirst().orElse(null);
        return view(readable(childId, current), current);
    }

    /**
     * The child as the reader may see it: by the need-to-know rule, or through the child's case when a
     * station lead granted that case to this person (the operator admin's recorded grant; read only —
     * every change goes through the rule). Anyone else: "not found", nothing read.
     */
    private Child readable(long childId, ChildCase current) {
        var byRule = register.seenByRule(childId);
        if (byRule.isPresent()) {
            return byRule.get();
        }
        if (current == null) {
            throw new RecordNotFoundException("儿童档案 child", childId);
        }
        needToKnow.require(current);
        return register.ofGrantedCase(current);
    }

    private View view(Child child, ChildCase current) {
        List<AuditRecord> history = new ArrayList<>(audit.historyOf(ChildRegister.CHILD_KIND, child.getId()));
        if (current != null) {
            history.addAll(audit.historyOf(NeedToKnow.CASE_KIND, current.getId()));
        }
        history.sort(Comparator.comparing(AuditRecord::at).reversed());
        return new View(child, current,
                current == null ? List.of() : cases.history(current.getId()),
                current == null ? List.of() : sessions.ofCase(current.getId()),
                current == null ? List.of() : referrals.ofCase(current.getId()),
                plans.ofChild(child.getId()).orElse(null), history,
                permissions.holds(ChildProtectionPermissions.WORK), permissions.holds(ChildProtectionPermissions.LEAD));
    }
}
