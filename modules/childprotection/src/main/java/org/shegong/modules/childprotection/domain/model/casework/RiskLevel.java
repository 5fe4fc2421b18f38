package org.shegong.modules.childprotection.domain.model.casework;

/** 风险等级: drives the deadlines — a high-risk case is assessed within 24 hours and visited within 3 days. */
public enum RiskLevel {
    HIGH, MEDIUM, LOW;

    public String labelKey() {
        return "childprotection.risk." + name();
    }
}
