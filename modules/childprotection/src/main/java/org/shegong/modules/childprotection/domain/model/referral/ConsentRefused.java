package org.shegong.modules.childprotection.domain.model.referral;

import org.shegong.platform.api.records.Refusal;

/** Sharing a child's data with a partner is refused for want of consent; the message says why. */
public class ConsentRefused extends Refusal {

    private static final long serialVersionUID = 1L;

    /** The consent's own refusal ({@code Consent.refusalFor}), said as a referral's. */
    public ConsentRefused(Refusal why) {
        super(why.key(), why.args().toArray());
    }
}
