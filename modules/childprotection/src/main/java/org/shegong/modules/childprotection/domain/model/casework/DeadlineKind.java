package org.shegong.modules.childprotection.domain.model.casework;

/** What a case owes by a time. */
public enum DeadlineKind {
    /** 高风险：24 小时内完成预估 */
    ASSESSMENT,
    /** 高风险：3 日内上门 */
    FIRST_VISIT,
    /** 接案（或重新开案）后 15 日内服务计划获批 */
    PLAN,
    /** 按计划间隔回访/评估 */
    REVIEW;

    public String labelKey() {
        return "childprotection.deadline." + name();
    }
}
