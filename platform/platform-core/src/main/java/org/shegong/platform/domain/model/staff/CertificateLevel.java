package org.shegong.platform.domain.model.staff;

/** The national social-work qualification (社会工作者职业资格) a staff member holds. */
public enum CertificateLevel {
    /** no certificate */
    NONE,
    /** 助理社会工作师 */
    ASSISTANT,
    /** 社会工作师 */
    INTERMEDIATE,
    /** 高级社会工作师 */
    SENIOR;

    public boolean isCertified() {
        return this != NONE;
    }
}
