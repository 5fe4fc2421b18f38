package org.shegong.modules.childprotection.domain.model.tutoring;

/** Whether a child's tutor is station staff or a volunteer. */
public enum TutorKind {
    /** 工作人员 */
    STAFF,
    /** 志愿者 */
    VOLUNTEER;

    public String labelKey() {
        return "childprotection.tutor." + name();
    }
}
