package org.shegong.platform.domain.model.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PaceTest {

    private static final LocalDate STARTS = LocalDate.of(2026, 1, 1);
    private static final LocalDate ENDS = LocalDate.of(2026, 12, 31);

    @Test
    void aStraightLineOverTheContractYear() {
        assertEquals(0, Pace.expectedBy(365, STARTS, ENDS, STARTS.minusDays(1)), "nothing expected before the year");
        assertEquals(1, Pace.expectedBy(365, STARTS, ENDS, STARTS), "the first day counts");
        assertEquals(181, Pace.expectedBy(365, STARTS, ENDS, LocalDate.of(2026, 6, 30)));
        assertEquals(60, Pace.expectedBy(120, STARTS, ENDS, LocalDate.of(2026, 7, 2)), "183 days of 365: 60.2 of 120");
        assertEquals(120, Pace.expectedBy(120, STARTS, ENDS, ENDS));
        assertEquals(120, Pace.expectedBy(120, STARTS, ENDS, ENDS.plusYears(1)), "never more than the target");
    }

    @Test
    void roundsHalfUp() {
        assertEquals(1, Pace.expected(1, 1, 2), "0.5 rounds up");
        assertEquals(0, Pace.expected(1, 1, 3), "0.33 rounds down");
        assertEquals(2, Pace.expected(3, 1, 2), "1.5 rounds up");
    }

    @Test
    void behindBelowEightyPercentOfPace() {
        assertFalse(Pace.isBehind(80, 100), "exactly 80 % is on pace");
        assertTrue(Pace.isBehind(79, 100));
        assertTrue(Pace.isBehind(3, 4), "75 % of a small pace");
        assertFalse(Pace.isBehind(0, 0), "nothing expected yet");
        assertEquals(79, Pace.percentOfPace(79, 100));
        assertEquals(100, Pace.percentOfPace(5, 0));
        assertEquals(80, Pace.expectedShare(80), "a share's pace is the share");
    }

    @Test
    void refusesAYearRunningBackwards() {
        assertThrows(IllegalArgumentException.class, () -> Pace.expectedBy(10, ENDS, STARTS, STARTS));
        assertThrows(IllegalArgumentException.class, () -> Pace.expected(10, 5, 4));
    }
}
