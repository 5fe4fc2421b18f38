package org.shegong.platform.api.module;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Counts a metric for the current tenant at each of the given streets' stations, in one call: the
 * answer has a figure per street code (a street with nothing to count may be left out and means 0).
 * The period is {@code from}..{@code to}, both inclusive; a snapshot counts on {@code to}.
 *
 * <p>The roll-up refresh asks for many months at once through {@link #countPerStreetAndMonth}. By
 * default that is one {@link #countPerStreet} call per month; a module whose records carry a date
 * it can group by answers it in one query instead, with {@link #byMonth}. Only events can be
 * answered that way: a snapshot counts at each month's end, and distinct persons of a month do not
 * add up to a quarter's.
 */
@FunctionalInterface
public interface MetricCounter {

    Map<String, Long> countPerStreet(Set<String> streetCodes, LocalDate from, LocalDate to);

    /**
     * The figure per street and month for every month of {@code from}..{@code to}, as
     * {@link #countPerStreet} would give for each month alone (streets or months with nothing to
     * count may be left out and mean 0).
     */
    default Map<String, Map<YearMonth, Long>> countPerStreetAndMonth(Set<String> streetCodes, YearMonth from, YearMonth to) {
        Map<String, Map<YearMonth, Long>> figures = new TreeMap<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            YearMonth m = month;
            countPerStreet(streetCodes, month.atDay(1), month.atEndOfMonth())
                    .forEach((street, n) -> figures.computeIfAbsent(street, k -> new TreeMap<>()).put(m, n));
        }
        return figures;
    }

    /** Answers a run of months in one call: street code, then month, then figure. */
    @FunctionalInterface
    interface PerMonth {

        Map<String, Map<YearMonth, Long>> count(Set<String> streetCodes, YearMonth from, YearMonth to);
    }

    /** A counter of events that also answers a run of months at once (one GROUP BY street and month). */
    static MetricCounter byMonth(MetricCounter perPeriod, PerMonth perMonth) {
        return new MetricCounter() {
            @Override
            public Map<String, Long> countPerStreet(Set<String> streetCodes, LocalDate from, LocalDate to) {
                return perPeriod.countPerStreet(streetCodes, from, to);
            }

            @Override
            public Map<String, Map<YearMonth, Long>> countPerStreetAndMonth(Set<String> streetCodes, YearMonth from, YearMonth to) {
                return perMonth.count(streetCodes, from, to);
            }
        };
    }
}
