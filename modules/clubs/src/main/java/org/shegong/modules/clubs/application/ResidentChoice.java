package org.shegong.modules.clubs.application;

import java.io.Serializable;
import org.shegong.platform.api.directory.ResidentCard;

/**
 * A resident offered to be named on a club (leader, contact): the name, and a hint that tells two people of one
 * name apart without identifying either — their community and their phone masked ({@code 138****5678}). Never the
 * ID number, masked or not.
 */
public record ResidentChoice(long id, String name, String communityName, String maskedPhone) implements Serializable {

    /** Between the parts of a hint, in every language. */
    static final String BETWEEN = " · ";

    static ResidentChoice of(ResidentCard card) {
        return new ResidentChoice(card.id(), card.name(), card.communityName(), maskedPhone(card.phone()));
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

    /**
     * A phone number with its middle hidden: a mobile number (11 digits, a leading +86 left out) keeps its first
     * three and last four digits ({@code 138****5678}); any other number of at least seven digits only its last
     * four ({@code ****4567}); anything shorter, or none, gives null — too little to hide anything in.
     */
    public static String maskedPhone(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        if (digits.length() == 13 && digits.startsWith("86")) {
            digits = digits.substring(2);
        }
        if (digits.length() == 11 && digits.charAt(0) == '1') {
            return digits.substring(0, 3) + "****" + digits.substring(7);
        }
        return digits.length() >= 7 ? "****" + digits.substring(digits.length() - 4) : null;
    }
}
