package org.shegong.platform.domain.model.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PeriodChangeTest {

    @Test
    void aCountChangesInPercentOfThePreviousFigure() {
        PeriodChange up = PeriodChange.ofCounts(26, 4);
        assertEquals(new BigDecimal("550"), up.percent());
        assertNull(up.points());
        assertEquals("+550", up.signed());
        assertEquals(1, up.direction());
        assertEquals("-33", PeriodChange.ofCounts(2, 3).signed(), "−33.3 % rounds to −33");
        assertEquals("-100", PeriodChange.ofCounts(0, 7).signed(), "down to nothing is −100 %");
        assertEquals("0", PeriodChange.ofCounts(5, 5).signed());
        assertEquals(0, PeriodChange.ofCounts(5, 5).direction());
    }

    @Test
    void withoutAPreviousFigureThereIsNoChangeNotAHundredPercentOrZero() {
        assertFalse(PeriodChange.ofCounts(12, 0).known(), "12 after 0 is not +100 %");
        assertFalse(PeriodChange.ofCounts(0, 0).known(), "0 after 0 is not 0 %");
        assertNull(PeriodChange.ofCounts(12, 0).signed());
        assertFalse(PeriodChange.ofShares(3, 10, 0, 0).known(), "a share of nothing before");
        assertFalse(PeriodChange.ofShares(0, 0, 3, 10).known(), "a share of nothing now");
        assertEquals(0, PeriodChange.NONE.direction());
    }

    @Test
    void aShareChangesInPercentagePointsFromItsParts() {
        PeriodChange change = PeriodChange.ofShares(8, 100, 24, 500);
        assertTrue(change.inPoints());
        assertNull(change.percent());
        assertEquals(new BigDecimal("3.2"), change.points(), "8 % after 4.8 % is +3.2 points, not +67 %");
        assertEquals("+3.2", change.signed());
        assertEquals("-1.5", PeriodChange.ofShares(1, 40, 4, 100).signed(), "2.5 % after 4 %");
        assertEquals("+33.3", PeriodChange.ofShares(1, 3, 0, 5).signed(), "from 0 % is a change in points");
        assertEquals("0.0", PeriodChange.ofShares(1, 2, 2, 4).signed());
    }

    @Test
    void aChangeIsInPercentOrInPointsNeverBoth() {
        assertThrows(IllegalArgumentException.class, () -> new PeriodChange(BigDecimal.ONE, BigDecimal.ONE));
    }
}
