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

/** The lead's approvals queue: plans and closures waiting, approved or refused with a reason. */
@Named
@ViewScoped
public class ApprovalsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CaseWork caseWork;

    private List<ChildCase> queue;
    private String reason;

    public List<ChildCase> getQueue() {
        if (queue == null) {
            queue = caseWork.awaitingApproval();
        }
        return queue;
    }

    public void decide(long caseId, CaseStage stage, boolean approve) {
        if (PageMessages.attempt(() -> {
            if (stage == CaseStage.PLAN_SUBMITTED) {
                caseWork.decidePlan(caseId, approve, reason);
            } else {
                caseWork.decideClosure(caseId, approve, reason);
            }
        })) {
            PageMessages.info(Reasons.text(approve ? "cp.approvals.approved" : "cp.approvals.refused", List.of(), PageMessages.locale()));
            reason = null;
            queue = null;
        }
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
