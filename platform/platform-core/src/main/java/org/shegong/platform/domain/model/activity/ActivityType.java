package org.shegong.platform.domain.model.activity;

/** The kinds of work the seed names across modules. */
public enum ActivityType {
    /** 小组/社区活动 */
    GROUP_ACTIVITY,
    /** 入户核查 */
    HOME_VERIFICATION,
    /** 政策宣传 */
    POLICY_PUBLICITY,
    /** 困难帮扶 */
    HARDSHIP_ASSISTANCE,
    /** 社区干部培训 */
    CADRE_TRAINING,
    /** 志愿服务 */
    VOLUNTEER_SERVICE,
    /** 文艺演出 (e.g. a club's performance) */
    PERFORMANCE
}
