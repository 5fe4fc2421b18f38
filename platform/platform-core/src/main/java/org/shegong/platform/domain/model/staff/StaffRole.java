package org.shegong.platform.domain.model.staff;

/** What a staff member does at a station. */
public enum StaffRole {
    /** 站长 / 负责人 */
    STATION_LEAD,
    /** 社工 */
    SOCIAL_WORKER,
    /** 运营方管理员: works across the operator's stations. */
    OPERATOR_ADMIN
}
