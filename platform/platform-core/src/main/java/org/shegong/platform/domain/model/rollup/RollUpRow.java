package org.shegong.platform.domain.model.rollup;

import java.time.YearMonth;
import java.util.Objects;

/**
 * One aggregate: what one operator's modules counted for one metric at one street over a window of
 * months starting at {@code start} (1 = that month; 3 and 12 = the calendar quarter and year, kept
 * for distinct persons only, as is a contract year so far, 2 to 11 months from the year's first month).
 * No person, name or record id is ever in it.
 */
public record RollUpRow(String tenant, String street, String metric, YearMonth start, int months, long figure) {

    public RollUpRow {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(street, "street");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(start, "start");
        if (months < 1 || months > 12) {
            throw new IllegalArgumentException("a roll-up window is 1 to 12 months: " + months);
        }
        if (figure < 0) {
            throw new IllegalArgumentException("a roll-up figure is never negative");
        }
    }
}
