package org.shegong.modules.childprotection.interfaces.web;

import org.shegong.platform.api.web.PageMessages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.shegong.modules.childprotection.application.CaseWork;
import org.shegong.modules.childprotection.domain.model.casework.CaseStage;
import org.shegong.modules.childprotection.domain.model.casework.ChildCase;
import org.shegong.platform.api.records.Reasons;

/**
 * The lead's approvals queue: plans and closures waiting, each with what is to be approved (the plan's goals and
 * measures, the closure's reason) and a link to the child's file, approved or sent back with that row's own reason
 * (required by the case). Showing an item is an approval read of its case ({@link CaseWork#openedForApproval}).
 */
@Named
@ViewScoped
public class ApprovalsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CaseWork caseWork;

    private List<ChildCase> queue;
    /** Each row's own reason, by case id: typed for one case, it sends back that case only. */
    private final java.util.Map<Long, String> reasons = new java.util.HashMap<>();

    /** {@code f:viewAction}: the queue with each item's plan or closure reason, opened as an approval read. */
    public void load() {
        queue = caseWork.openedForApproval();
    }

    public List<ChildCase> getQueue() {
        return queue;
    }

    public void decide(long caseId, CaseStage stage, boolean approve) {
        // The row's field asks for a reason to send back: text typed there is not made an approval's note.
        String reason = approve ? null : reasons.get(caseId);
        if (PageMessages.attempt(() -> {
            if (stage == CaseStage.PLAN_SUBMITTED) {
                caseWork.decidePlan(caseId, approve, reason);
            } else {
                caseWork.decideClosure(caseId, approve, reason);
            }
        })) {
            PageMessages.info(Reasons.text(approve ? "cp.approvals.approved" : "cp.approvals.refused", List.of(), PageMessages.locale()));
            reasons.remove(caseId);
            load();
        }
    }

    public java.util.Map<Long, String> getReasons() {
        return reasons;
    }
}
