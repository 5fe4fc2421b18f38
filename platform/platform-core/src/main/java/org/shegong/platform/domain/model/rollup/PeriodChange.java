package org.shegong.platform.domain.model.rollup;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How an indicator moved against the previous period, as a dashboard's card says it:
 * <ul>
 * <li>a count changes in percent of the previous figure, rounded to a whole percent (26 against 4
 * is +550 %);</li>
 * <li>a share (a rate) changes in percentage points, to one decimal (8 % after 4.8 % is +3.2 points):
 * a rate going from 2 % to 3 % has not grown by "50 %" in any sense a reader means;</li>
 * <li>with no previous figure to compare with — a count of 0, a share of nothing (denominator 0) —
 * or no current share, there is no change: {@link #NONE}, shown as "—", never +100 % or 0.</li>
 * </ul>
 * At most one of {@code percent} and {@code points} is set.
 */
public record PeriodChange(BigDecimal percent, BigDecimal points) {

    public static final PeriodChange NONE = new PeriodChange(null, null);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public PeriodChange {
        if (percent != null && points != null) {
            throw new IllegalArgumentException("a change is in percent or in points, not both");
        }
    }

    public static PeriodChange ofCounts(long current, long previous) {
        if (previous <= 0 || current < 0) {
            return NONE;
        }
        return new PeriodChange(BigDecimal.valueOf(current - previous).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(previous), 0, RoundingMode.HALF_UP), null);
    }

    /** A share's change from its parts: {@code numerator / denominator} now against before. */
    public static PeriodChange ofShares(long numerator, long denominator, long previousNumerator, long previousDenominator) {
        if (denominator <= 0 || previousDenominator <= 0) {
            return NONE;
        }
        BigDecimal now = share(numerator, denominator);
        BigDecimal before = share(previousNumerator, previousDenominator);
        return new PeriodChange(null, now.subtract(before).setScale(1, RoundingMode.HALF_UP));
    }

    private static BigDecimal share(long part, long whole) {
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 10, RoundingMode.HALF_UP);
    }

    public boolean known() {
        return percent != null || points != null;
    }

    public boolean inPoints() {
        return points != null;
    }

    /** -1, 0 or 1 (0 when unknown). */
    public int direction() {
        return !known() ? 0 : (inPoints() ? points : percent).signum();
    }

    /** The amount with its sign ("+550", "-1.5", "0.0"); null when unknown. */
    public String signed() {
        if (!known()) {
            return null;
        }
        BigDecimal amount = inPoints() ? points : percent;
        return (amount.signum() > 0 ? "+" : "") + amount.toPlainString();
    }
}
