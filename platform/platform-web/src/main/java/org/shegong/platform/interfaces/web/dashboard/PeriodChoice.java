package org.shegong.platform.interfaces.web.dashboard;

import org.shegong.platform.api.records.Refusal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.shegong.platform.domain.model.rollup.ReportPeriod;

/**
 * The period picker's answer as the page and the API take it: {@code kind} month, quarter, year or
 * custom, with {@code year}, {@code quarter}, {@code month} or {@code from}/{@code to}
 * ({@code yyyy-MM}), each as typed (text, so that a year of "abc" gets its reason rather than a
 * converter's message or the API's 404). Missing parts default to the current month's; anything
 * malformed is a {@link Refusal} with the reason (a message on the page, 400 on the API). Numbers are
 * ASCII digits, as in every address ({@code RecordIdConverter}); the page's selects ({@link PeriodPicker}) send nothing else.
 */
public final class PeriodChoice {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,9}");

    /** Characters a reason never shows back: control, format and lone surrogate characters (a NUL, a right-to-left mark). */
    private static final Pattern UNSHOWN = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cs}]");

    private PeriodChoice() {
    }

    public static ReportPeriod parse(String kind, String year, String quarter, String month, String from, String to,
                                     YearMonth now) {
        int y = number(year, now.getYear(), 2000, 2100, "period.refused.year");
        String k = kind == null || kind.isBlank() ? "year" : kind;
        return switch (k) {
            case "month" -> ReportPeriod.month(YearMonth.of(y, number(month, now.getMonthValue(), 1, 12, "period.refused.month")));
            case "quarter" -> ReportPeriod.quarter(y, number(quarter, (now.getMonthValue() - 1) / 3 + 1, 1, 4, "period.refused.quarter"));
            case "year" -> ReportPeriod.year(y);
            case "custom" -> new ReportPeriod(month(from, "from"), month(to, "to"));
            default -> throw new Refusal("period.refused.kind", shown(k));
        };
    }

    /**
     * A whole number from {@code min} to {@code max} as typed into the address or the picker ({@code
     * otherwise} when left out), else refused with {@code reason} and what was typed: never the text of
     * a Java exception.
     */
    private static int number(String text, int otherwise, int min, int max, String reason) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        String typed = text.strip();
        if (!DIGITS.matcher(typed).matches()) {
            throw new Refusal(reason, shown(typed));
        }
        int value = Integer.parseInt(typed);
        if (value < min || value > max) {
            throw new Refusal(reason, shown(typed));
        }
        return value;
    }

    /**
     * What was typed, as a reason may quote it: at most 20 characters, without the characters a page must not carry.
     * The page escapes it as any text; this keeps an address's NUL or a very long value out of the answer.
     */
    static String shown(String typed) {
        String visible = UNSHOWN.matcher(typed).replaceAll("");
        return visible.length() > 20 ? visible.substring(0, 20) + "…" : visible;
    }

    private static YearMonth month(String text, String name) {
        if (text == null || text.isBlank()) {
            throw new Refusal("period.refused.customMonths", name);
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new Refusal("period.refused.monthFormat", name, shown(text));
        }
    }
}
