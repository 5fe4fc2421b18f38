package org.shegong.modules.clubs.domain.model.club;

import java.util.Objects;
import org.shegong.platform.api.records.Refusal;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters of
 * {@code 0-9 A-H J-N P-R T U W-Y}, the last a check character (weights 3^i mod 31). A registered
 * community social organisation is registered by civil affairs, so its code begins with 5 (民政).
 */
public record CreditCode(String value) {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public CreditCode {
        Objects.requireNonNull(value);
    }

    /** The code as typed (spaces dropped, letters upper-cased), or refused with the reason. */
    public static CreditCode of(String text) {
        if (text == null || text.isBlank()) {
            throw new Refusal("clubs.refused.creditCode");
        }
        String code = text.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
        if (code.length() != 18) {
            throw new Refusal("clubs.refused.creditCodeLength", code);
        }
        for (char c : code.toCharArray()) {
            if (ALPHABET.indexOf(c) < 0) {
                throw new Refusal("clubs.refused.creditCodeCharacter", String.valueOf(c));
            }
        }
        if (code.charAt(0) != '5') {
            throw new Refusal("clubs.refused.creditCodeCivilAffairs", code);
        }
        if (checkCharacter(code.substring(0, 17)) != code.charAt(17)) {
            throw new Refusal("clubs.refused.creditCodeCheck", code);
        }
        return new CreditCode(code);
    }

    /** The full code for 17 valid characters (for making codes, e.g. demo data). */
    public static String withCheckCharacter(String first17) {
        return first17 + checkCharacter(first17);
    }

    /** The check character of the first 17 characters. */
    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }
}
