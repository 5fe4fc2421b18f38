package org.shegong.platform.application.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shegong.platform.api.module.MetricKind;
import org.shegong.platform.domain.model.rollup.ReportPeriod;
import org.shegong.platform.domain.model.rollup.RollUpRow;

class RollUpRowsTest {

    private static RollUpRow month(String street, int month, long figure) {
        return new RollUpRow("hope", street, "m", YearMonth.of(2026, month), 1, figure);
    }

    private static final List<RollUpRow> ROWS = List.of(
            month("a", 1, 3), month("a", 2, 4), month("a", 3, 5), month("a", 4, 7),
            month("b", 1, 10), month("b", 3, 1),
            new RollUpRow("hope", "a", "m", YearMonth.of(2026, 1), 3, 8),
            new RollUpRow("hope", "b", "m", YearMonth.of(2026, 1), 3, 10),
            new RollUpRow("hope", "a", "m", YearMonth.of(2026, 1), 12, 9));

    @Test
    void eventsAddUpTheMonthsOfThePeriod() {
        assertEquals(23, RollUpRows.count(MetricKind.EVENTS_IN_PERIOD, ROWS, ReportPeriod.quarter(2026, 1)).value());
        assertEquals(13, RollUpRows.count(MetricKind.EVENTS_IN_PERIOD, ROWS, ReportPeriod.month(YearMonth.of(2026, 1))).value());
        assertEquals(30, RollUpRows.count(MetricKind.EVENTS_IN_PERIOD, ROWS, ReportPeriod.year(2026)).value());
    }

    @Test
    void aSnapshotIsThePeriodsLastMonth() {
        assertEquals(6, RollUpRows.count(MetricKind.SNAPSHOT_AT_DATE, ROWS, ReportPeriod.quarter(2026, 1)).value(),
                "March: 5 at a, 1 at b");
        assertEquals(7, RollUpRows.count(MetricKind.SNAPSHOT_AT_DATE, ROWS,
                new ReportPeriod(YearMonth.of(2026, 2), YearMonth.of(2026, 4))).value());
    }

    @Test
    void distinctPersonsReadTheStoredWindowAndAreExact() {
        RollUpRows.Counted quarter = RollUpRows.count(MetricKind.DISTINCT_PERSONS_IN_PERIOD, ROWS, ReportPeriod.quarter(2026, 1));
        assertEquals(18, quarter.value(), "the quarter windows 8 + 10, not the months' 23");
        assertFalse(quarter.upperBound());
        assertEquals(9, RollUpRows.count(MetricKind.DISTINCT_PERSONS_IN_PERIOD, ROWS, ReportPeriod.year(2026)).value());
    }

    @Test
    void distinctPersonsOverAnyOtherRunOfMonthsAreAnUpperBound() {
        RollUpRows.Counted run = RollUpRows.count(MetricKind.DISTINCT_PERSONS_IN_PERIOD, ROWS,
                new ReportPeriod(YearMonth.of(2026, 2), YearMonth.of(2026, 4)));
        assertEquals(17, run.value());
        assertTrue(run.upperBound());
    }

    /** No row is a zero (the store keeps none): a run of months with nobody in any is exactly nobody, not "at most 0". */
    @Test
    void nobodyInAnyMonthOfARunIsExactlyNobody() {
        RollUpRows.Counted none = RollUpRows.count(MetricKind.DISTINCT_PERSONS_IN_PERIOD, ROWS,
                new ReportPeriod(YearMonth.of(2026, 5), YearMonth.of(2026, 10)));
        assertEquals(0, none.value());
        assertFalse(none.upperBound());
        RollUpRows.Counted contractYear = RollUpRows.countAtStreet(MetricKind.DISTINCT_PERSONS_IN_PERIOD, List.of(),
                new ReportPeriod(YearMonth.of(2026, 3), YearMonth.of(2026, 12)));
        assertFalse(contractYear.upperBound(), "a contract year's window of nobody is stored as no row");
    }

    @Test
    void aRatioOfRollUpsIsItsPartsSummedThenDivided() {
        Figure north = Figure.ratio(1, 1);
        Figure south = Figure.ratio(1, 9);
        assertEquals(20, RollUp.total(MetricKind.RATIO, List.of(north, south)).value(), "2/10, never the 55 % mean");
    }
}
