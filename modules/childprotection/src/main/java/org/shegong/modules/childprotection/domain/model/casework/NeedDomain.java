package org.shegong.modules.childprotection.domain.model.casework;

/** The domains an assessment (预估) looks at. */
public enum NeedDomain {
    SAFETY, GUARDIANSHIP, HEALTH, EDUCATION, PSYCHOLOGY, DAILY_LIVING;

    public String labelKey() {
        return "childprotection.need." + name();
    }
}
