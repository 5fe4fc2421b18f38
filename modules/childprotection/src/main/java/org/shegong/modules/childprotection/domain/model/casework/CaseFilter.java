package org.shegong.modules.childprotection.domain.model.casework;

import org.shegong.modules.childprotection.domain.model.child.ChildCategory;

/**
 * The children list's filters; each null means any. {@code name} matches part of the child's name;
 * {@code streetCode} is the serving station's street, {@code communityCode} the child's community.
 * The filters only narrow what the need-to-know rule already lets the person see.
 */
public record CaseFilter(String name, ChildCategory category, RiskLevel risk, CaseStage stage, Long workerId, Boolean overdue,
                         String streetCode, String communityCode) {

    public CaseFilter(String name, ChildCategory category, RiskLevel risk, CaseStage stage, Long workerId, Boolean overdue) {
        this(name, category, risk, stage, workerId, overdue, null, null);
    }

    public static CaseFilter any() {
        return new CaseFilter(null, null, null, null, null, null);
    }
}
