package org.shegong.platform.domain.model.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The steady pace of a contract year and the behind-pace flag (under 80 % of the pace). */
class ContractPaceTest {

    private static final LocalDate STARTS = LocalDate.of(2026, 1, 1);
    private static final LocalDate ENDS = LocalDate.of(2028, 6, 30);

    @Test
    void theYearRunsFromTheLatestAnniversaryAndIsCutAtTheContractsEnd() {
        assertEquals(new ContractPace(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
                ContractPace.yearOf(STARTS, ENDS, LocalDate.of(2026, 7, 2)));
        assertEquals(new ContractPace(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)),
                ContractPace.yearOf(STARTS, ENDS, LocalDate.of(2027, 1, 1)), "the anniversary opens the next year");
        assertEquals(new ContractPace(LocalDate.of(2028, 1, 1), LocalDate.of(2028, 6, 30)),
                ContractPace.yearOf(STARTS, ENDS, LocalDate.of(2028, 3, 1)), "the last year ends with the contract");
        assertEquals(new ContractPace(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
                ContractPace.yearOf(STARTS, ENDS, LocalDate.of(2025, 5, 1)), "before the start: the first year");
        assertEquals(new ContractPace(LocalDate.of(2028, 1, 1), LocalDate.of(2028, 6, 30)),
                ContractPace.yearOf(STARTS, ENDS, LocalDate.of(2029, 5, 1)), "after the end: the last year");
        assertThrows(IllegalArgumentException.class, () -> new ContractPace(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)));
    }

    @Test
    void thePaceGrowsDayByDayToTheWholeTargetOnTheLastDay() {
        ContractPace year = ContractPace.yearOf(STARTS, ENDS, LocalDate.of(2026, 7, 2));
        assertEquals(365, year.yearDays());
        assertEquals(183, year.daysElapsed(LocalDate.of(2026, 7, 2)));
        assertEquals(50, year.percentOfYearElapsed(LocalDate.of(2026, 7, 2)));
        assertEquals(60, year.expectedBy(120, LocalDate.of(2026, 7, 2)), "half the year: half of 120");
        assertEquals(120, year.expectedBy(120, LocalDate.of(2026, 12, 31)));
        assertEquals(120, year.expectedBy(120, LocalDate.of(2027, 3, 1)), "past the year: the whole target");
        assertEquals(0, year.expectedBy(120, LocalDate.of(2025, 12, 1)), "before the year: nothing yet");
        assertEquals(LocalDate.of(2026, 12, 31), year.countUntil(LocalDate.of(2027, 3, 1)));
        assertEquals(LocalDate.of(2026, 7, 2), year.countUntil(LocalDate.of(2026, 7, 2)));
    }

    @Test
    void behindMeansUnderEightyPercentOfThePace() {
        ContractPace year = ContractPace.yearOf(STARTS, ENDS, LocalDate.of(2026, 7, 2));
        LocalDate half = LocalDate.of(2026, 7, 2); // 183 of 365 days: the pace asks for 60.16 of 120
        assertTrue(year.isBehind(48, 120, half), "48 < 0.8 × 60.16 = 48.13");
        assertFalse(year.isBehind(49, 120, half), "49 is within the margin");
        assertFalse(year.isBehind(60, 120, half));
        assertFalse(year.isBehind(200, 120, half), "ahead is never behind");

        // The reported case: 26 % of the target with 91 % of the year gone.
        LocalDate late = LocalDate.of(2026, 11, 30);
        assertEquals(91, year.percentOfYearElapsed(late));
        assertTrue(year.isBehind(26, 100, late));
    }

    @Test
    void nothingExpectedIsNeverBehind() {
        ContractPace year = ContractPace.yearOf(STARTS, ENDS, LocalDate.of(2026, 1, 1));
        assertFalse(year.isBehind(0, 120, LocalDate.of(2025, 12, 31)), "before the year began");
        assertFalse(year.isBehind(0, 0, LocalDate.of(2026, 12, 31)), "a target of zero");
        assertTrue(year.isBehind(0, 120, LocalDate.of(2026, 1, 10)), "ten days in, nothing done of 120: behind");
    }
}
