package org.shegong.platform.interfaces.web.dashboard;

import org.shegong.platform.api.records.Refusal;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.shegong.platform.domain.model.rollup.ReportPeriod;

/**
 * The period picker's answer as the page and the API take it: {@code kind} month, quarter, year or
 * custom, with {@code year}, {@code quarter}, {@code month} or {@code from}/{@code to}
 * ({@code yyyy-MM}). Missing parts default to the current month's; anything malformed is an
 * {@link IllegalArgumentException} with the reason (a message on the page, 400 on the API).
 */
public final class PeriodChoice {

    private PeriodChoice() {
    }

    public static ReportPeriod parse(String kind, Integer year, Integer quarter, Integer month, String from, String to,
                                     YearMonth now) {
        int y = year == null ? now.getYear() : year;
        if (y < 2000 || y > 2100) {
            throw new Refusal("period.refused.year", String.valueOf(y));
        }
        String k = kind == null || kind.isBlank() ? "year" : kind;
        try {
            return switch (k) {
                case "month" -> ReportPeriod.month(YearMonth.of(y, month == null ? now.getMonthValue() : month));
                case "quarter" -> ReportPeriod.quarter(y, quarter == null ? (now.getMonthValue() - 1) / 3 + 1 : quarter);
                case "year" -> ReportPeriod.year(y);
                case "custom" -> new ReportPeriod(month(from, "from"), month(to, "to"));
                default -> throw new Refusal("period.refused.kind", k);
            };
        } catch (DateTimeException e) {
            throw new Refusal("period.refused.invalid", e.getMessage());
        }
    }

    private static YearMonth month(String text, String name) {
        if (text == null || text.isBlank()) {
            throw new Refusal("period.refused.customMonths", name);
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new Refusal("period.refused.monthFormat", name, text);
        }
    }
}
