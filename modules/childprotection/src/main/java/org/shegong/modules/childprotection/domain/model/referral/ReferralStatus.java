package org.shegong.modules.childprotection.domain.model.referral;

/** requested → accepted → done, or refused by the partner from requested or accepted. */
public enum ReferralStatus {
    REQUESTED, ACCEPTED, DONE, REFUSED;

    public boolean isOpen() {
        return this == REQUESTED || this == ACCEPTED;
    }

    public String labelKey() {
        return "childprotection.referral." + name();
    }
}
