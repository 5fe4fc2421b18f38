package org.shegong.modules.eldercare.domain.model.referral;

/** Where a referral to a medical partner stands; it only ever moves forward, one step at a time. */
public enum ReferralStatus {
    /** 已转介 */
    REQUESTED("已转介"),
    /** 已接收 */
    ACCEPTED("已接收"),
    /** 已服务 */
    SERVED("已服务"),
    /** 已结案 */
    CLOSED("已结案");

    private final String label;

    ReferralStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public ReferralStatus next() {
        if (this == CLOSED) {
            throw new IllegalArgumentException("转介已结案 / the referral is closed");
        }
        return values()[ordinal() + 1];
    }
}
