package org.shegong.platform.domain.model.contract;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The steady pace of a contract year: how much of a yearly target should be done by a day if the
 * work were spread evenly over the year, and whether a count is behind it. The one pace rule every
 * page uses (operator stations, the progress chart, dashboards).
 *
 * <p>A contract year runs from the anniversary of the contract's start on or before the day to the
 * day before the next anniversary, cut at the contract's end. Both ends count as days of the year.
 *
 * <p>Behind pace: the count is less than {@value #BEHIND_BELOW_PERCENT} % of what the steady pace
 * expects by the day. The margin keeps normal unevenness (a quiet holiday month) from raising the
 * flag, while a station at 26 % of its target with 91 % of the year gone is flagged.
 *
 * <p>Invariant: the year ends on or after it starts.
 */
public record ContractPace(LocalDate yearStarts, LocalDate yearEnds) {

    /** A count below this share of the steady pace is behind. */
    public static final int BEHIND_BELOW_PERCENT = 80;

    public ContractPace {
        if (yearStarts == null || yearEnds == null || yearEnds.isBefore(yearStarts)) {
            throw new IllegalArgumentException("a contract year ends on or after it starts: " + yearStarts + " – " + yearEnds);
        }
    }

    /** The contract year that contains the day (the first year before the contract starts, the last one after it ends). */
    public static ContractPace yearOf(LocalDate contractStarts, LocalDate contractEnds, LocalDate day) {
        LocalDate starts = contractStarts;
        if (day.isAfter(contractStarts)) {
            LocalDate clamped = day.isAfter(contractEnds) ? contractEnds : day;
            starts = contractStarts.plusYears(ChronoUnit.YEARS.between(contractStarts, clamped));
        }
        LocalDate ends = starts.plusYears(1).minusDays(1);
        return new ContractPace(starts, ends.isAfter(contractEnds) ? contractEnds : ends);
    }

    public static ContractPace yearOf(Contract contract, LocalDate day) {
        return yearOf(contract.getStartsOn(), contract.getEndsOn(), day);
    }

    /** Days in the contract year. */
    public long yearDays() {
        return ChronoUnit.DAYS.between(yearStarts, yearEnds) + 1;
    }

    /** The last day counted by the day: the day itself, at most the year's last day. */
    public LocalDate countUntil(LocalDate day) {
        return day.isBefore(yearEnds) ? day : yearEnds;
    }

    /** Days of the year gone by the day, that day included (0 before the year, all of them after it). */
    public long daysElapsed(LocalDate day) {
        return Math.max(0, Math.min(yearDays(), ChronoUnit.DAYS.between(yearStarts, day) + 1));
    }

    /** 0 … 100, rounded down. */
    public int percentOfYearElapsed(LocalDate day) {
        return (int) (daysElapsed(day) * 100 / yearDays());
    }

    /** What the steady pace expects of a yearly target by the day, rounded to the nearest whole. */
    public int expectedBy(int perYear, LocalDate day) {
        return (int) Math.round(perYear * (double) daysElapsed(day) / yearDays());
    }

    /**
     * Behind pace: {@code counted} is less than {@value #BEHIND_BELOW_PERCENT} % of the steady
     * pace's exact (unrounded) figure for the day. Nothing expected yet is never behind.
     */
    public boolean isBehind(long counted, int perYear, LocalDate day) {
        // counted < 0.8 × perYear × elapsed / yearDays, in whole numbers
        return counted * 100 * yearDays() < (long) BEHIND_BELOW_PERCENT * perYear * daysElapsed(day);
    }
}
