package org.shegong.platform.application.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shegong.platform.api.module.MetricCounter;
import org.shegong.platform.domain.model.rollup.ReportPeriod;

class RollUpRefreshTest {

    @Test
    void theAskedMonthsAreCountedInUnbrokenRunsNotMonthByMonth() {
        Set<YearMonth> asked = Set.of(YearMonth.of(2025, 1), YearMonth.of(2025, 2), YearMonth.of(2025, 3),
                YearMonth.of(2025, 7), YearMonth.of(2026, 12));
        assertEquals(List.of(new ReportPeriod(YearMonth.of(2025, 1), YearMonth.of(2025, 3)),
                        ReportPeriod.month(YearMonth.of(2025, 7)), ReportPeriod.month(YearMonth.of(2026, 12))),
                RollUpRefresh.runs(asked));
        assertEquals(List.of(), RollUpRefresh.runs(Set.of()));
    }

    @Test
    void aRunLongerThanADashboardsLongestPeriodIsSplit() {
        java.util.TreeSet<YearMonth> forty = new java.util.TreeSet<>();
        for (int i = 0; i < 40; i++) {
            forty.add(YearMonth.of(2023, 1).plusMonths(i));
        }
        List<ReportPeriod> runs = RollUpRefresh.runs(forty);
        assertEquals(2, runs.size());
        assertEquals(36, runs.get(0).length());
        assertEquals(4, runs.get(1).length());
    }

    @Test
    void aCounterThatAnswersOnlyPerPeriodIsAskedOncePerMonthForAllStreetsByDefault() {
        List<LocalDate> asked = new ArrayList<>();
        MetricCounter perPeriod = (streets, from, to) -> {
            asked.add(from);
            return from.getMonthValue() == 2 ? Map.of("s1", 4L) : Map.of("s1", 1L, "s2", 2L);
        };
        Map<String, Map<YearMonth, Long>> figures = perPeriod.countPerStreetAndMonth(Set.of("s1", "s2"), YearMonth.of(2025, 1),
                YearMonth.of(2025, 3));
        assertEquals(List.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 1)), asked);
        assertEquals(Map.of(YearMonth.of(2025, 1), 1L, YearMonth.of(2025, 2), 4L, YearMonth.of(2025, 3), 1L), figures.get("s1"));
        assertEquals(Map.of(YearMonth.of(2025, 1), 2L, YearMonth.of(2025, 3), 2L), figures.get("s2"));

        MetricCounter grouped = MetricCounter.byMonth(perPeriod, (streets, from, to) -> Map.of("s1", Map.of(from, 9L)));
        assertEquals(Map.of("s1", Map.of(YearMonth.of(2025, 1), 9L)),
                grouped.countPerStreetAndMonth(Set.of("s1"), YearMonth.of(2025, 1), YearMonth.of(2025, 3)), "one call");
        assertEquals(3, asked.size(), "the per-period counter was not asked again");
    }
}
