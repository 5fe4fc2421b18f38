package org.shegong.platform.domain.model.partner;

/** 合作资源 kinds the seed names. */
public enum PartnerType {
    /** 爱心企业 */
    ENTERPRISE,
    /** 基金会 */
    FOUNDATION,
    /** 医疗机构 */
    MEDICAL_INSTITUTION,
    /** 高校 */
    UNIVERSITY,
    OTHER
}
