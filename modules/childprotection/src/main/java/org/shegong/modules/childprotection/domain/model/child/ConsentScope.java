package org.shegong.modules.childprotection.domain.model.child;

/** What a guardian may agree to, each separately (PIPL art. 31: a minor's data needs the guardian's consent). */
public enum ConsentScope {
    /** 记录详细情况: health, household and case notes beyond the minimum */
    RECORDING,
    /** 与学校共享 */
    SHARE_WITH_SCHOOL,
    /** 与医院共享 */
    SHARE_WITH_HOSPITAL,
    /** 与其他合作方共享 (legal aid, welfare institution) */
    SHARE_WITH_PARTNERS,
    /** 拍照 */
    PHOTOS;

    public String labelKey() {
        return "childprotection.consent." + name();
    }
}
