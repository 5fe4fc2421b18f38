package org.shegong.modules.childprotection.domain.model.casework;

/** How a case came in (接案来源). */
public enum CaseSource {
    VISIT, SCHOOL, COMMUNITY, HOTLINE, REFERRAL;

    public String labelKey() {
        return "childprotection.source." + name();
    }
}
