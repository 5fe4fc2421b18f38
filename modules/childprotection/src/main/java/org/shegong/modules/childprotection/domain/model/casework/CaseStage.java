package org.shegong.modules.childprotection.domain.model.casework;

/**
 * Where a case (个案) stands: 接案 → 预估 → 计划待审批 → 服务中 (sessions, reviews) → 结案待审批 → 结案;
 * a refused plan goes back to assessed, a refused closure back to in service, a reopened case to assessed.
 */
public enum CaseStage {
    INTAKE, ASSESSED, PLAN_SUBMITTED, IN_SERVICE, CLOSURE_REQUESTED, CLOSED;

    public boolean isOpen() {
        return this != CLOSED;
    }

    public String labelKey() {
        return "childprotection.stage." + name();
    }
}
