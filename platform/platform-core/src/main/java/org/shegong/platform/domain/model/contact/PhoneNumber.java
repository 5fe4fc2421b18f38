package org.shegong.platform.domain.model.contact;

/**
 * What the registers accept as a phone number: a mobile or a landline as people write them
 * (digits, "+", "-", brackets, spaces), 5 to 30 characters.
 *
 * <p>A phone is personal information: lists show it masked ({@code PhoneMask} of platform-api, the one
 * mask of the platform and the modules), the person's own record in full. A search finds a number only {@link #whole}: with a part of a number matched, a masked one
 * could be rebuilt by trying its hidden digits one at a time.
 */
public final class PhoneNumber {

    /** For Bean Validation's {@code @Pattern}; an empty value is left to the field's own rule. */
    public static final String PATTERN = "[0-9+\\-() ]{5,30}";

    /** What people write between the digits of a number ("138 1234 5678", "0351-4055678", "(0351)"). */
    public static final String SEPARATORS = " -()";

    private PhoneNumber() {
    }

    public static boolean isWellFormed(String phone) {
        return phone != null && phone.strip().matches(PATTERN);
    }

    /**
     * The number as a search compares it: without the separators people write in it, so
     * "138-1234-5678" and "13812345678" are the same number. Anything else is kept ("+86" stays
     * part of the number, a letter makes it match nothing). Null stays null.
     */
    public static String whole(String phone) {
        if (phone == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder(phone.length());
        for (char c : phone.strip().toCharArray()) {
            if (SEPARATORS.indexOf(c) < 0) {
                kept.append(c);
            }
        }
        return kept.toString();
    }
}
