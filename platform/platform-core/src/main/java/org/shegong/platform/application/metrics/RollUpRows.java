package org.shegong.platform.application.metrics;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.shegong.platform.api.module.MetricKind;
import org.shegong.platform.domain.model.rollup.ReportPeriod;
import org.shegong.platform.domain.model.rollup.RollUpRow;

/**
 * A count metric's figure for a period from stored roll-up rows (of one metric, any streets and
 * operators — the caller picks the rows of the streets it sums):
 * <ul>
 * <li>events: the months of the period added up;</li>
 * <li>snapshot: the period's last month (what was on the register at its end);</li>
 * <li>distinct persons: the stored window when the period is a month, a calendar quarter or a
 * calendar year (exact per street); for any other run of months the months added up, which counts
 * a person served in two months twice — an upper bound, said so by {@link Counted#upperBound} — but
 * at one street a contract year so far, stored as a window of its own ({@link #countAtStreet}).</li>
 * </ul>
 * Ratios are not stored: their two parts are figured like this and divided once ({@link Figure}).
 */
public final class RollUpRows {

    private RollUpRows() {
    }

    /** A figure and whether it may count someone twice. */
    public record Counted(long value, boolean upperBound) {
    }

    public static Counted count(MetricKind kind, Collection<RollUpRow> rows, ReportPeriod period) {
        return switch (kind) {
            case EVENTS_IN_PERIOD -> new Counted(sumOfMonths(rows, period), false);
            case SNAPSHOT_AT_DATE -> new Counted(rows.stream()
                    .filter(r -> r.months() == 1 && r.start().equals(period.to())).mapToLong(RollUpRow::figure).sum(), false);
            case DISTINCT_PERSONS_IN_PERIOD -> distinct(rows, period);
            case RATIO -> throw new IllegalArgumentException("a ratio is figured from its parts");
        };
    }

    /**
     * One street's figure of one operator over a period, as {@link #count}, except that a distinct-persons
     * figure over a run of months stored as a window of its own (a contract year so far,
     * {@code RollUpRefresh}) is that window, exact. Not for a region's rows: a region's row of such a
     * window adds up only the streets whose contract years share it.
     */
    public static Counted countAtStreet(MetricKind kind, Collection<RollUpRow> rows, ReportPeriod period) {
        if (kind == MetricKind.DISTINCT_PERSONS_IN_PERIOD && period.window().isEmpty()) {
            List<RollUpRow> window = rows.stream().filter(r -> r.months() == period.length() && r.start().equals(period.from())).toList();
            if (!window.isEmpty()) {
                return new Counted(window.stream().mapToLong(RollUpRow::figure).sum(), false);
            }
        }
        return count(kind, rows, period);
    }

    private static Counted distinct(Collection<RollUpRow> rows, ReportPeriod period) {
        Optional<Integer> window = period.window();
        if (window.isEmpty()) {
            // Months added up may count a person twice; none in any month is none in the period, exactly
            // (a zero is stored as no row, so a window of nobody is never found and lands here).
            long sum = sumOfMonths(rows, period);
            return new Counted(sum, sum > 0);
        }
        YearMonth start = period.from();
        int months = window.get();
        return new Counted(rows.stream().filter(r -> r.months() == months && r.start().equals(start))
                .mapToLong(RollUpRow::figure).sum(), false);
    }

    private static long sumOfMonths(Collection<RollUpRow> rows, ReportPeriod period) {
        return rows.stream().filter(r -> r.months() == 1 && period.contains(r.start())).mapToLong(RollUpRow::figure).sum();
    }
}
