package org.shegong.modules.clubs.application;

import java.io.Serializable;
import org.shegong.platform.api.directory.PhoneMask;
import org.shegong.platform.api.directory.ResidentCard;

/**
 * A resident offered to be named on a club (leader, contact): the name, and a hint that tells two people of one
 * name apart without identifying either — their community and their phone masked as every list masks it ({@link PhoneMask}: {@code 138****5678}). Never the
 * ID number, masked or not.
 */
public record ResidentChoice(long id, String name, String communityName, String maskedPhone) implements Serializable {

    /** Between the parts of a hint, in every language. */
    static final String BETWEEN = " · ";

    static ResidentChoice of(ResidentCard card) {
        String phone = card.phone() == null || card.phone().isBlank() ? null : PhoneMask.of(card.phone());
        return new ResidentChoice(card.id(), card.name(), card.communityName(), phone);
    }

    /** A person by the name a club keeps, when the register no longer shows them at my stations: no hint. */
    static ResidentChoice named(long id, String name) {
        return new ResidentChoice(id, name, null, null);
    }

    /** Community and masked phone, whichever are known; null when neither is. */
    public String hint() {
        boolean community = communityName != null && !communityName.isBlank();
        boolean phone = maskedPhone != null;
        if (community && phone) {
            return communityName + BETWEEN + maskedPhone;
        }
        return community ? communityName : maskedPhone;
    }
}
