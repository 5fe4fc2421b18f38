package org.shegong.platform.domain.model.resident;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A resident identity card number (公民身份号码, GB 11643): 17 digits and a check character. It is
 * sensitive personal information: shown masked, stored encrypted, searched by a keyed hash.
 *
 * <p>Invariant: 18 characters, the date part is a real date, and the check character matches the
 * ISO 7064 MOD 11-2 checksum of the first 17 digits.
 */
public record IdNumber(String value) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARS = "10X98765432";

    public IdNumber {
        value = normalise(value);
        InvalidIdNumberException problem = problemWith(value);
        if (problem != null) {
            throw problem;
        }
    }

    public static IdNumber of(String value) {
        return new IdNumber(value);
    }

    /**
     * The 18-digit number of a first-generation (15-digit) card, as the second-generation rule
     * (GB 11643-1999) derives it: the century "19" inserted before the two-digit birth year (every
     * 15-digit card was issued to someone born in the 1900s), the check character appended.
     * Anything but 15 digits, or a date that does not exist, is refused.
     */
    public static IdNumber fromFirstGeneration(String fifteen) {
        if (fifteen == null || !fifteen.matches("[0-9]{15}")) {
            throw new InvalidIdNumberException("idNumber.refused.firstGeneration");
        }
        String first17 = fifteen.substring(0, 6) + "19" + fifteen.substring(6);
        try {
            return new IdNumber(first17 + checkCharFor(first17));
        } catch (InvalidIdNumberException e) {
            // digits and check character are right by construction: only the date can be wrong
            throw new InvalidIdNumberException("idNumber.refused.firstGenerationDate");
        }
    }

    /** The check character that completes the given 17 digits. */
    public static char checkCharFor(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS.charAt(sum % 11);
    }

    public LocalDate birthDate() {
        return LocalDate.of(Integer.parseInt(value.substring(6, 10)),
                Integer.parseInt(value.substring(10, 12)), Integer.parseInt(value.substring(12, 14)));
    }

    /** The 17th digit is odd for men and even for women. */
    public Gender gender() {
        return (value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    /**
     * Shown where the full number is not needed: the region prefix only. The birth date (digits 7–14)
     * is shown beside it in lists and cards, and the community gives the county (digits 5–6); with
     * the last four shown as well, the check digit settled the rest. Hiding the sequence number and
     * the check character leaves 500 or more candidates whatever else is shown.
     */
    public String masked() {
        return value.substring(0, 4) + "*".repeat(14);
    }

    @Override
    public String toString() {
        return masked();
    }

    private static String normalise(String raw) {
        return raw == null ? "" : raw.strip().toUpperCase();
    }

    private static InvalidIdNumberException problemWith(String v) {
        if (v.length() != 18) {
            return new InvalidIdNumberException("idNumber.refused.length", String.valueOf(v.length()));
        }
        for (int i = 0; i < 17; i++) {
            if (!Character.isDigit(v.charAt(i)) || v.charAt(i) > '9') {
                return new InvalidIdNumberException("idNumber.refused.digits");
            }
        }
        char last = v.charAt(17);
        if (!(last >= '0' && last <= '9') && last != 'X') {
            return new InvalidIdNumberException("idNumber.refused.last");
        }
        try {
            LocalDate.of(Integer.parseInt(v.substring(6, 10)), Integer.parseInt(v.substring(10, 12)),
                    Integer.parseInt(v.substring(12, 14)));
        } catch (DateTimeException e) {
            return new InvalidIdNumberException("idNumber.refused.birthDate");
        }
        if (checkCharFor(v) != last) {
            return new InvalidIdNumberException("idNumber.refused.checkDigit");
        }
        return null;
    }
}
