package org.shegong.modules.eldercare.domain.model.referral;

import org.shegong.platform.api.records.Refusal;

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
            throw new Refusal("eldercare.refused.referralClosed");
        }
        return values()[ordinal() + 1];
    }
}
