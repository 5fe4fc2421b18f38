package org.shegong.platform.domain.model.contact;

/**
 * What the registers accept as a phone number: a mobile or a landline as people write them
 * (digits, "+", "-", brackets, spaces), 5 to 30 characters.
 *
 * <p>A phone is personal information: lists show it {@link #masked}, the person's own record in
 * full. A search finds a number only {@link #whole}: with a part of a number matched, a masked one
 * could be rebuilt by trying its hidden digits one at a time.
 */
public final class PhoneNumber {

    /** For Bean Validation's {@code @Pattern}; an empty value is left to the field's own rule. */
    public static final String PATTERN = "[0-9+\\-() ]{5,30}";

    /** What people write between the digits of a number ("138 1234 5678", "0351-4055678", "(0351)"). */
    public static final String SEPARATORS = " -()";

    /** Digits a mask always hides, whatever the number's length. */
    static final int HIDDEN_AT_LEAST = 4;

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

    /**
     * Shown where the number is not needed (lists): a mobile as {@code 138****5678}, the first three
     * and the last four digits. Of a longer number more digits are hidden, so that no more than
     * seven are ever shown; of a shorter one fewer are shown, and at least four are always hidden
     * (a number of four digits or fewer is all stars). Separators stay where they were written.
     * Null stays null, a blank value as it is.
     */
    public static String masked(String phone) {
        if (phone == null || phone.isBlank()) {
            return phone;
        }
        int digits = (int) phone.chars().filter(PhoneNumber::isDigit).count();
        int hidden = Math.min(digits, Math.max(HIDDEN_AT_LEAST, digits - 7));
        int shown = digits - hidden;
        int head = Math.min(3, shown / 2);
        int tailFrom = head + hidden;
        StringBuilder masked = new StringBuilder(phone.length());
        int digit = 0;
        for (char c : phone.toCharArray()) {
            if (!isDigit(c)) {
                masked.append(c);
                continue;
            }
            masked.append(digit >= head && digit < tailFrom ? '*' : c);
            digit++;
        }
        return masked.toString();
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
