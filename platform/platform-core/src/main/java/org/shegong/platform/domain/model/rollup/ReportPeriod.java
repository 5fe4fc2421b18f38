package org.shegong.platform.domain.model.rollup;

import org.shegong.platform.api.records.Refusal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The whole months a dashboard reports on: a month, a calendar quarter, a calendar year or any run
 * of months (at most three years). Roll-ups are kept per month, and for distinct persons also per
 * calendar quarter and year, so those periods are exact; see {@link #window()}.
 */
public record ReportPeriod(YearMonth from, YearMonth to) {

    /** The longest custom run of months a dashboard asks for. */
    public static final int MAX_MONTHS = 36;

    public ReportPeriod {
        if (from == null || to == null) {
            throw new Refusal("period.refused.firstAndLast");
        }
        if (to.isBefore(from)) {
            throw new Refusal("period.refused.endsBeforeStart", from.toString(), to.toString());
        }
        if (from.plusMonths(MAX_MONTHS - 1L).isBefore(to)) {
            throw new Refusal("period.refused.tooLong", String.valueOf(MAX_MONTHS), from.toString(), to.toString());
        }
    }

    public static ReportPeriod month(YearMonth month) {
        return new ReportPeriod(month, month);
    }

    /** Quarter 1–4 of a year. */
    public static ReportPeriod quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new Refusal("period.refused.quarter", String.valueOf(quarter));
        }
        YearMonth first = YearMonth.of(year, quarter * 3 - 2);
        return new ReportPeriod(first, first.plusMonths(2));
    }

    public static ReportPeriod year(int year) {
        return new ReportPeriod(YearMonth.of(year, 1), YearMonth.of(year, 12));
    }

    /** The calendar quarter holding a month. */
    public static ReportPeriod quarterOf(YearMonth month) {
        return quarter(month.getYear(), (month.getMonthValue() - 1) / 3 + 1);
    }

    /** As the dashboards print it: "2026-12" for one month ("2026-12 – 2026-12" read as a mistake), "2025-07 – 2025-09" for more. */
    public String shown() {
        return from.equals(to) ? from.toString() : from + " – " + to;
    }

    public int length() {
        return (int) (to.getYear() * 12L + to.getMonthValue() - from.getYear() * 12L - from.getMonthValue()) + 1;
    }

    /** The same number of months just before this period: what a change is measured against. */
    public ReportPeriod previous() {
        int n = length();
        return new ReportPeriod(from.minusMonths(n), from.minusMonths(1));
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    public boolean contains(YearMonth month) {
        return !month.isBefore(from) && !month.isAfter(to);
    }

    public LocalDate firstDay() {
        return from.atDay(1);
    }

    public LocalDate lastDay() {
        return to.atEndOfMonth();
    }

    /**
     * The stored window this period is exactly: 1 (a month), 3 (a calendar quarter) or 12 (a
     * calendar year); empty for any other run of months, where distinct persons can only be added
     * up month by month (an upper bound).
     */
    public Optional<Integer> window() {
        int n = length();
        if (n == 1) {
            return Optional.of(1);
        }
        if (n == 3 && (from.getMonthValue() - 1) % 3 == 0) {
            return Optional.of(3);
        }
        if (n == 12 && from.getMonthValue() == 1) {
            return Optional.of(12);
        }
        return Optional.empty();
    }
}
