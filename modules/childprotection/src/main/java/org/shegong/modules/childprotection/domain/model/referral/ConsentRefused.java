package org.shegong.modules.childprotection.domain.model.referral;

/** Sharing a child's data with a partner is refused for want of consent; the message says why. */
public class ConsentRefused extends IllegalArgumentException {

    public ConsentRefused(String reason) {
        super(reason);
    }
}
