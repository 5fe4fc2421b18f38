package org.shegong.modules.eldercare.domain.model.visit;

/** Kinds of contact with an elder; a care plan sets how often each is due. */
public enum VisitKind {
    /** 上门探访 */
    HOME_VISIT("上门探访"),
    /** 电话随访 */
    PHONE_FOLLOW_UP("电话随访"),
    /** 健康监测 */
    HEALTH_MONITORING("健康监测"),
    /** 入户核查 */
    HOME_VERIFICATION("入户核查");

    private final String label;

    VisitKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
