package org.shegong.platform.api.directory;

/**
 * A phone number as it is shown where the number itself is not needed (lists, choosers): the one mask
 * of the platform and every module. One mask, because two masks of the same number hiding different
 * digits, shown on two pages, would together give back what each hides.
 */
public final class PhoneMask {

    /** Digits a mask always hides, whatever the number's length. */
    static final int HIDDEN_AT_LEAST = 4;

    /** Digits a mask never exceeds showing. */
    static final int SHOWN_AT_MOST = 7;

    private PhoneMask() {
    }

    /**
     * A mobile as {@code 138****5678}, the first three and the last four digits. Of a longer number more
     * digits are hidden, so that no more than seven are ever shown; of a shorter one fewer are shown,
     * and at least four are always hidden (a number of four digits or fewer is all stars). Separators
     * stay where they were written. Null stays null, a blank value as it is.
     */
    public static String of(String phone) {
        if (phone == null || phone.isBlank()) {
            return phone;
        }
        int digits = (int) phone.chars().filter(PhoneMask::isDigit).count();
        int hidden = Math.min(digits, Math.max(HIDDEN_AT_LEAST, digits - SHOWN_AT_MOST));
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
