package org.shegong.platform.application.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shegong.platform.api.module.MetricKind;

class RollUpTest {

    private static final String LAOJUNYING = "140106005000";
    private static final String YINGZE = "140106001000";
    private static final String QIAODONG = "140106006000";

    @Test
    void aRegionsRatioIsTheRatioOfItsSumsNotTheMeanOfItsStreetsRatios() {
        // 老军营: 1 of 1 elder reached (100%); 迎泽: 1 of 9 (11%). The mean would say 55%.
        Map<String, Figure> streets = RollUp.ratios(Set.of(LAOJUNYING, YINGZE),
                Map.of(LAOJUNYING, 1L, YINGZE, 1L), Map.of(LAOJUNYING, 1L, YINGZE, 9L));
        assertEquals(100, streets.get(LAOJUNYING).value());
        assertEquals(11, streets.get(YINGZE).value());

        Figure district = RollUp.total(MetricKind.RATIO, streets.values());
        assertEquals(2, district.count());
        assertEquals(10, district.denominator());
        assertEquals(20, district.value(), "2 of 10 elders, not (100 + 11) / 2");
    }

    @Test
    void districtsAddUpIntoACityPartByPart() {
        Figure district1 = RollUp.total(MetricKind.RATIO, List.of(Figure.ratio(1, 1), Figure.ratio(1, 9)));
        Figure district2 = RollUp.total(MetricKind.RATIO, List.of(Figure.ratio(0, 30)));
        assertEquals(5, RollUp.total(MetricKind.RATIO, List.of(district1, district2)).value(), "2 of 40");
    }

    @Test
    void countsOfEveryKindAddUpStreetByStreetAndAStreetLeftOutCountedNothing() {
        Map<String, Figure> events = RollUp.counts(MetricKind.EVENTS_IN_PERIOD, Set.of(LAOJUNYING, YINGZE, QIAODONG),
                Map.of(LAOJUNYING, 494L, YINGZE, 6L));
        assertEquals(0, events.get(QIAODONG).value());
        assertEquals(500, RollUp.total(MetricKind.EVENTS_IN_PERIOD, events.values()).value());

        Map<String, Figure> persons = RollUp.counts(MetricKind.DISTINCT_PERSONS_IN_PERIOD, Set.of(LAOJUNYING, YINGZE),
                Map.of(LAOJUNYING, 80L, YINGZE, 3L));
        assertEquals(83, RollUp.total(MetricKind.DISTINCT_PERSONS_IN_PERIOD, persons.values()).value());
        assertEquals(7, RollUp.total(MetricKind.SNAPSHOT_AT_DATE,
                List.of(Figure.count(MetricKind.SNAPSHOT_AT_DATE, 3), Figure.count(MetricKind.SNAPSHOT_AT_DATE, 4))).value());
    }

    @Test
    void anEmptyRegionAndAnEmptyDenominatorAreZeroNotAnError() {
        assertEquals(0, RollUp.total(MetricKind.EVENTS_IN_PERIOD, List.of()).value());
        assertEquals(0, RollUp.total(MetricKind.RATIO, List.of()).value());
        assertEquals(0, Figure.ratio(0, 0).value());
    }

    @Test
    void figuresOfDifferentKindsNeverMix() {
        assertThrows(IllegalArgumentException.class, () -> RollUp.total(MetricKind.EVENTS_IN_PERIOD,
                List.of(Figure.count(MetricKind.SNAPSHOT_AT_DATE, 1))));
        assertThrows(IllegalArgumentException.class, () -> Figure.ratio(1, 2).plus(Figure.count(MetricKind.EVENTS_IN_PERIOD, 1)));
        assertThrows(IllegalArgumentException.class, () -> new Figure(MetricKind.EVENTS_IN_PERIOD, 1, 2), "a count has no denominator");
    }
}
