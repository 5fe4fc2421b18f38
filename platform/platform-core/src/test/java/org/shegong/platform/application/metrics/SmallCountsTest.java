package org.shegong.platform.application.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shegong.platform.api.module.MetricKind;

class SmallCountsTest {

    private static Figure n(long count) {
        return Figure.count(MetricKind.EVENTS_IN_PERIOD, count);
    }

    private static List<String> texts(List<Cell> cells) {
        return cells.stream().map(Cell::text).toList();
    }

    @Test
    void oneToFourIsHiddenAndItsValueNeverLeaves() {
        Cell three = SmallCounts.cell(n(3), false);
        assertEquals("<5", three.text());
        assertTrue(three.suppressed());
        assertNull(three.shown(), "a hidden cell carries no value");
        assertEquals("0", SmallCounts.cell(n(0), false).text(), "zero points at no one");
        assertEquals("5", SmallCounts.cell(n(5), false).text());
        assertEquals("4", Cell.of(n(4), false).text(), "unsuppressed for the operator itself");
    }

    @Test
    void aLoneHiddenPartBesideItsTotalHidesTheSmallestOtherPart() {
        List<Cell> line = SmallCounts.line(List.of(n(3), n(20), n(7), n(0)), n(30), Collections.nCopies(4, false), false);
        assertEquals(List.of("<5", "20", "x", "0", "30"), texts(line),
                "7 is withheld too, else 30 − 20 − 7 gives the 3 away; as x, since it is not under 5");
    }

    @Test
    void twoHiddenPartsNeedNoComplement() {
        List<Cell> line = SmallCounts.line(List.of(n(3), n(2), n(40)), n(45), Collections.nCopies(3, false), false);
        assertEquals(List.of("<5", "<5", "40", "45"), texts(line));
    }

    @Test
    void aSmallTotalIsHiddenItself() {
        List<Cell> line = SmallCounts.line(List.of(n(3), n(0)), n(3), Collections.nCopies(2, false), false);
        assertEquals(List.of("<5", "0", "<5"), texts(line));
        List<Cell> withOnlyZeros = SmallCounts.line(List.of(n(3), n(0)), n(7), Collections.nCopies(2, false), false);
        assertEquals(List.of("<5", "0", "x"), texts(withOnlyZeros), "no other part to withhold: the total goes");
    }

    @Test
    void aRatioIsHiddenWhenEitherPartIsSmall() {
        assertTrue(SmallCounts.cell(Figure.ratio(2, 50), false).suppressed());
        assertTrue(SmallCounts.cell(Figure.ratio(0, 3), false).suppressed());
        assertEquals("x", SmallCounts.cell(Figure.ratio(3, 3), false).text(), "not \"<5\", which would read as under 5 %");
        Cell shown = SmallCounts.cell(Figure.ratio(10, 50), false);
        assertFalse(shown.suppressed());
        assertEquals("20%", shown.text());
    }
}
