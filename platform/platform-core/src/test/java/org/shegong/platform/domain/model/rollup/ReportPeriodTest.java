package org.shegong.platform.domain.model.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {

    @Test
    void theStoredWindowsAreAMonthACalendarQuarterAndACalendarYear() {
        assertEquals(Optional.of(1), ReportPeriod.month(YearMonth.of(2026, 5)).window());
        assertEquals(Optional.of(3), ReportPeriod.quarter(2026, 2).window());
        assertEquals(Optional.of(12), ReportPeriod.year(2026).window());
        assertEquals(Optional.empty(), new ReportPeriod(YearMonth.of(2026, 2), YearMonth.of(2026, 4)).window(),
                "three months across two quarters is not a stored window");
        assertEquals(Optional.empty(), new ReportPeriod(YearMonth.of(2025, 7), YearMonth.of(2026, 6)).window());
    }

    @Test
    void thePreviousPeriodIsAsLongAndJustBefore() {
        assertEquals(ReportPeriod.quarter(2025, 4), ReportPeriod.quarter(2026, 1).previous());
        assertEquals(ReportPeriod.year(2025), ReportPeriod.year(2026).previous());
        assertEquals(ReportPeriod.month(YearMonth.of(2025, 12)), ReportPeriod.month(YearMonth.of(2026, 1)).previous());
        assertEquals(3, ReportPeriod.quarter(2026, 3).months().size());
        assertEquals(ReportPeriod.quarter(2026, 4), ReportPeriod.quarterOf(YearMonth.of(2026, 11)));
    }

    @Test
    void refusesBackwardsOrOverlongPeriods() {
        assertThrows(IllegalArgumentException.class, () -> new ReportPeriod(YearMonth.of(2026, 5), YearMonth.of(2026, 4)));
        assertThrows(IllegalArgumentException.class, () -> new ReportPeriod(YearMonth.of(2020, 1), YearMonth.of(2023, 1)));
        assertThrows(IllegalArgumentException.class, () -> ReportPeriod.quarter(2026, 5));
        assertEquals(36, new ReportPeriod(YearMonth.of(2020, 1), YearMonth.of(2022, 12)).length());
    }

    @Test
    void oneMonthIsShownAsThatMonthAndLongerPeriodsAsFromTo() {
        assertEquals("2026-12", ReportPeriod.month(YearMonth.of(2026, 12)).shown());
        assertEquals("2025-07 – 2025-09", ReportPeriod.quarter(2025, 3).shown());
        assertEquals("2025-12", ReportPeriod.month(YearMonth.of(2026, 1)).previous().shown());
    }
}
