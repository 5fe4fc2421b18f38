package org.shegong.platform.domain.model.contract;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The one rule for "on pace" that every page uses (operator progress, burn-up, the region's operator
 * comparison): a count target is expected to grow in a straight line over its contract year, so by a
 * day the expected count is the target × days gone ÷ days of the year (rounded half up); a share
 * target (a ratio in percent) does not accumulate, so its pace is the target itself all year. A
 * target is <em>behind</em> when what was done is less than 80 % of that pace — a tolerance, so a
 * station a few activities short of a straight line is not flagged in its first weeks.
 */
public final class Pace {

    /** Below this share of the expected figure a target is behind. */
    public static final int BEHIND_BELOW_PERCENT = 80;

    private Pace() {
    }

    /**
     * What a steady pace reaches by {@code day} (inclusive) in the year {@code yearStarts}..{@code yearEnds}
     * (both inclusive): 0 before the year, the whole target from its last day on.
     */
    public static long expectedBy(long perYear, LocalDate yearStarts, LocalDate yearEnds, LocalDate day) {
        if (perYear < 0 || yearEnds.isBefore(yearStarts)) {
            throw new IllegalArgumentException("a target year runs forward and a target is never negative");
        }
        long yearDays = ChronoUnit.DAYS.between(yearStarts, yearEnds) + 1;
        long elapsed = Math.max(0, Math.min(yearDays, ChronoUnit.DAYS.between(yearStarts, day) + 1));
        return expected(perYear, elapsed, yearDays);
    }

    /** The steady pace after {@code elapsedDays} of {@code yearDays}, rounded half up. */
    public static long expected(long perYear, long elapsedDays, long yearDays) {
        if (yearDays <= 0 || elapsedDays < 0 || elapsedDays > yearDays) {
            throw new IllegalArgumentException("elapsed days lie within the year: " + elapsedDays + " of " + yearDays);
        }
        return (perYear * elapsedDays * 2 + yearDays) / (yearDays * 2);
    }

    /** A share target's pace: the share itself, on every day of the year. */
    public static long expectedShare(long targetPercent) {
        return targetPercent;
    }

    /** Behind when the actual figure is under 80 % of the expected one; nothing expected is never behind. */
    public static boolean isBehind(long actual, long expected) {
        return expected > 0 && actual * 100 < expected * BEHIND_BELOW_PERCENT;
    }

    /** The actual figure as a whole percent of the pace (capped at 999); 100 when nothing is expected yet. */
    public static int percentOfPace(long actual, long expected) {
        if (expected <= 0) {
            return 100;
        }
        return (int) Math.min(999, actual * 100 / expected);
    }
}
