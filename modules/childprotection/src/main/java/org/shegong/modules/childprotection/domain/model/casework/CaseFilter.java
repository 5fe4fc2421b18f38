package org.shegong.modules.childprotection.domain.model.casework;

import org.shegong.modules.childprotection.domain.model.child.ChildCategory;

/** The children list's filters; each null means any. {@code name} matches part of the child's name. */
public record CaseFilter(String name, ChildCategory category, RiskLevel risk, CaseStage stage, Long workerId, Boolean overdue) {

    public static CaseFilter any() {
        return new CaseFilter(null, null, null, null, null, null);
    }
}
