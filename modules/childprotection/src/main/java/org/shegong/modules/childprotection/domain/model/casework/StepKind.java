package org.shegong.modules.childprotection.domain.model.casework;

/** A line of a case's history; every step, approval and refusal is one. */
public enum StepKind {
    INTAKE, ASSESSED, PLAN_SUBMITTED, PLAN_APPROVED, PLAN_REFUSED, SESSION, VISIT, REVIEWED, CLOSURE_REQUESTED,
    CLOSURE_APPROVED, CLOSURE_REFUSED, REOPENED, ASSIGNED, OVERDUE, ESCALATED;

    public String labelKey() {
        return "childprotection.step." + name();
    }
}
