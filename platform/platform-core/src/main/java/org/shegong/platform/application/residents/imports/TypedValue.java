package org.shegong.platform.application.residents.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shegong.platform.api.records.Reason;
import org.shegong.platform.api.records.Refusal;
import org.shegong.platform.domain.model.resident.IdNumber;

/**
 * What a person typed into a cell, made regular without changing what it says: full-width digits
 * become ASCII digits, non-breaking and zero-width spaces go, digit groups close up, "+86" leaves a
 * mobile number, a first-generation ID number gets its century and check digit. Each change is
 * named ({@link #note()}, a {@link Reason} said in the reader's language), so the check shows the
 * person exactly what will be stored.
 */
public record TypedValue(String value, Optional<Reason> note) {

    /** Characters that look like nothing or like a space: zero-width ones and the byte-order mark. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u00AD]");
    /** Spaces other than the plain one: non-breaking, ideographic (full-width) and the typographic ones. */
    private static final Pattern ODD_SPACE = Pattern.compile("[\\u00A0\\u3000\\u2000-\\u200A\\u202F\\u205F\\t\\r\\n]");
    private static final Pattern MOBILE = Pattern.compile("(?:\\+?86|0086)?(1[3-9][0-9]{9})");
    private static final Pattern DATE = Pattern.compile("([0-9]{4})[-/.年]([0-9]{1,2})[-/.月]([0-9]{1,2})日?");
    private static final Pattern DATE_DIGITS = Pattern.compile("([0-9]{4})([0-9]{2})([0-9]{2})");
    // compiled once: String.replaceAll/matches compile their pattern on every call, for every cell of a file
    private static final Pattern SPACES = Pattern.compile(" {2,}");
    private static final Pattern GROUP_SEPARATOR = Pattern.compile("[ \\-]");
    private static final Pattern FIRST_GENERATION = Pattern.compile("[0-9]{15}");
    private static final Pattern PHONE_SEPARATOR = Pattern.compile("[ \\-()]");

    static TypedValue unchanged(String value) {
        return new TypedValue(value, Optional.empty());
    }

    static TypedValue changed(String value, Reason note) {
        return new TypedValue(value, Optional.of(note));
    }

    /**
     * Free text (name, community, address): invisible characters removed, odd spaces made plain, runs
     * of spaces one. {@code field} is the bundle key of the column's label, for the note.
     */
    public static TypedValue text(String typed, String field) {
        String raw = typed == null ? "" : typed;
        // most cells hold nothing the replacements would change: a scan finds that for a fraction of their cost
        String cleaned = isPlain(raw) ? raw.strip() : cleaned(raw);
        if (cleaned.equals(raw.strip())) {
            return unchanged(cleaned);
        }
        return changed(cleaned, Reason.of("import.note.cleaned", new Refusal.Label(field)));
    }

    /**
     * An ID number: full-width digits and X made ASCII, spaces and dashes between digit groups
     * closed up, a 15-digit first-generation number converted. Never guesses a missing digit.
     */
    public static TypedValue idNumber(String typed) {
        String raw = typed == null ? "" : typed.strip();
        if (isCanonicalIdNumber(raw)) {
            // as most files hold them: nothing below would change it, so skip the four passes
            return unchanged(raw);
        }
        String digits = halfWidth(INVISIBLE.matcher(raw).replaceAll(""));
        digits = GROUP_SEPARATOR.matcher(ODD_SPACE.matcher(digits).replaceAll(" ")).replaceAll("").toUpperCase(java.util.Locale.ROOT);
        if (FIRST_GENERATION.matcher(digits).matches()) {
            String converted = IdNumber.fromFirstGeneration(digits).value();
            return changed(converted, Reason.of("import.note.idConverted", converted));
        }
        if (digits.equals(raw.toUpperCase(java.util.Locale.ROOT))) {
            return unchanged(digits);
        }
        return changed(digits, Reason.of("import.note.idHalfWidth", digits));
    }

    /** A phone: full-width digits made ASCII, odd spaces removed, a mobile number without "+86", spaces or dashes. */
    public static TypedValue phone(String typed) {
        String raw = typed == null ? "" : typed.strip();
        if (isCanonicalMobile(raw)) {
            // as most files hold them: nothing below would change it, so skip the four passes
            return unchanged(raw);
        }
        String phone = ODD_SPACE.matcher(halfWidth(INVISIBLE.matcher(raw).replaceAll(""))).replaceAll(" ").strip();
        Matcher mobile = MOBILE.matcher(PHONE_SEPARATOR.matcher(phone).replaceAll(""));
        if (mobile.matches()) {
            phone = mobile.group(1);
        }
        if (phone.equals(raw)) {
            return unchanged(phone);
        }
        return changed(phone, Reason.of("import.note.phone", phone));
    }

    /**
     * A birth date as people write it (1950-03-02, 1950/3/2, 1950.3.2, 1950年3月2日, 19500302), or
     * empty when it is none of those or no real date.
     */
    public static Optional<LocalDate> date(String typed) {
        String text = halfWidth(typed == null ? "" : INVISIBLE.matcher(typed).replaceAll("")).replaceAll("\\s", "");
        Matcher m = DATE.matcher(text);
        if (!m.matches()) {
            m = DATE_DIGITS.matcher(text);
            if (!m.matches()) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Eighteen ASCII digits, the last possibly an upper-case X: what {@link #idNumber} returns unchanged. */
    /** A mainland mobile number as stored: 11 ASCII digits, 1 then 3–9 ({@code MOBILE} without a prefix). */
    static boolean isCanonicalMobile(String s) {
        if (s.length() != 11 || s.charAt(0) != '1' || s.charAt(1) < '3' || s.charAt(1) > '9') {
            return false;
        }
        for (int i = 2; i < 11; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    static boolean isCanonicalIdNumber(String s) {
        if (s.length() != 18) {
            return false;
        }
        for (int i = 0; i < 18; i++) {
            char c = s.charAt(i);
            if ((c < '0' || c > '9') && !(i == 17 && c == 'X')) {
                return false;
            }
        }
        return true;
    }

    /** Invisible characters removed, odd spaces made plain, runs of spaces one, stripped. */
    static String cleaned(String raw) {
        return SPACES.matcher(ODD_SPACE.matcher(INVISIBLE.matcher(raw).replaceAll("")).replaceAll(" ")).replaceAll(" ").strip();
    }

    /**
     * No character {@link #INVISIBLE} or {@link #ODD_SPACE} matches and no run of two spaces: then
     * {@link #cleaned} would only strip it. Kept in step with those patterns by TypedValueTest.
     */
    static boolean isPlain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c == '\t' || c == '\r' || c == '\n' || c == ' ' && i > 0 && s.charAt(i - 1) == ' ') {
                    return false;
                }
            } else if (c == '\u00A0' || c == '\u00AD' || c >= '\u2000' && c <= '\u200D' || c == '\u202F' || c == '\u205F'
                    || c == '\u2060' || c == '\u3000' || c == '\uFEFF') {
                return false;
            }
        }
        return true;
    }

    /** Full-width digits, letters X/x and the full-width plus and dash as their ASCII forms. */
    static String halfWidth(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uFF10' && c <= '\uFF19') {
                out.append((char) ('0' + (c - '\uFF10')));
            } else if (c == '\uFF38' || c == '\uFF58') {
                out.append(c == '\uFF38' ? 'X' : 'x');
            } else if (c == '\uFF0B') {
                out.append('+');
            } else if (c == '\uFF0D' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014' || c == '\u2212') {
                out.append('-');
            } else if (c == '\uFF08' || c == '\uFF09') {
                out.append(c == '\uFF08' ? '(' : ')');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
