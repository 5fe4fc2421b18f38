package org.shegong.modules.eldercare.domain.model.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shegong.modules.eldercare.domain.model.plan.CarePlan;
import org.shegong.modules.eldercare.domain.model.plan.PlannedService;

/**
 * A plan with a home visit every 14 days, read with a fixed clock on each day of a month: the due
 * dates and the overdue list (应访未访) are exactly right, and logging a visit clears it.
 */
class VisitScheduleTest {

    static final ZoneId STATIONS = ZoneId.of("Asia/Shanghai");
    static final LocalDate PLAN_START = LocalDate.of(2026, 3, 1);

    static CarePlan plan(long residentId, String name, String worker, PlannedService... services) {
        return new CarePlan(residentId, "140106005000", name, 1, PLAN_START, PLAN_START.plusMonths(6), "独居，行动不便",
                "每两周上门一次", List.of(services), worker);
    }

    static LocalDate today(LocalDate day) {
        // The application asks the platform's Clock for today; here the clock is fixed at 09:00 in Taiyuan.
        Clock fixed = Clock.fixed(day.atTime(9, 0).atZone(STATIONS).toInstant(), STATIONS);
        return LocalDate.now(fixed);
    }

    @Test
    void acrossAMonthTheDueDateAndTheOverdueListAreExactlyRight() {
        CarePlan plan = plan(1L, "王秀英", "laojunying.worker", new PlannedService(VisitKind.HOME_VISIT, 14));
        Map<Long, Map<VisitKind, LocalDate>> visits = new HashMap<>();
        LocalDate visitLoggedOn = LocalDate.of(2026, 3, 20);

        for (LocalDate day = PLAN_START; !day.isAfter(LocalDate.of(2026, 3, 31)); day = day.plusDays(1)) {
            LocalDate today = today(day);
            if (today.equals(visitLoggedOn)) {
                visits.computeIfAbsent(1L, r -> new EnumMap<>(VisitKind.class)).put(VisitKind.HOME_VISIT, today);
            }
            List<DueVisit> due = VisitSchedule.dueVisits(List.of(plan), visits, today);
            List<DueVisit> overdue = VisitSchedule.overdue(List.of(plan), visits, today);
            assertEquals(1, due.size(), today.toString());

            // Before the visit: due on 3-15 (start + 14), overdue from 3-16 until the visit on 3-20.
            // After it: due on 4-03 (3-20 + 14), nothing overdue for the rest of March.
            LocalDate expectedDue = today.isBefore(visitLoggedOn) ? LocalDate.of(2026, 3, 15) : LocalDate.of(2026, 4, 3);
            assertEquals(expectedDue, due.get(0).dueOn(), today.toString());
            boolean expectedOverdue = !today.isBefore(LocalDate.of(2026, 3, 16)) && today.isBefore(visitLoggedOn);
            assertEquals(expectedOverdue, !overdue.isEmpty(), today.toString());
            if (expectedOverdue) {
                assertEquals(today.getDayOfMonth() - 15, overdue.get(0).daysOverdue(), today.toString());
                assertEquals("laojunying.worker", overdue.get(0).worker());
                assertEquals("王秀英", overdue.get(0).residentName());
            } else {
                assertEquals(0, due.get(0).daysOverdue(), today.toString());
            }
        }
    }

    @Test
    void withoutAVisitTheElderStaysOverdueAndTheDaysCountUp() {
        CarePlan plan = plan(2L, "李桂兰", "laojunying.worker", new PlannedService(VisitKind.HOME_VISIT, 14));
        assertTrue(VisitSchedule.overdue(List.of(plan), Map.of(), LocalDate.of(2026, 3, 15)).isEmpty(), "due today is not overdue");
        assertEquals(1, VisitSchedule.overdue(List.of(plan), Map.of(), LocalDate.of(2026, 3, 16)).get(0).daysOverdue());
        assertEquals(16, VisitSchedule.overdue(List.of(plan), Map.of(), LocalDate.of(2026, 3, 31)).get(0).daysOverdue());
    }

    @Test
    void eachServiceFollowsItsOwnFrequencyAndOnlyItsOwnKindClearsIt() {
        CarePlan plan = plan(3L, "张淑珍", "yingze.worker", new PlannedService(VisitKind.HOME_VISIT, 14),
                new PlannedService(VisitKind.HEALTH_MONITORING, 7));
        LocalDate today = LocalDate.of(2026, 3, 10);
        List<DueVisit> overdue = VisitSchedule.overdue(List.of(plan), Map.of(), today);
        assertEquals(1, overdue.size());
        assertEquals(VisitKind.HEALTH_MONITORING, overdue.get(0).kind());
        assertEquals(LocalDate.of(2026, 3, 8), overdue.get(0).dueOn());

        // A phone call does not count as the weekly blood-pressure check.
        Map<Long, Map<VisitKind, LocalDate>> visits = Map.of(3L, Map.of(VisitKind.PHONE_FOLLOW_UP, today));
        assertEquals(1, VisitSchedule.overdue(List.of(plan), visits, today).size());
        visits = Map.of(3L, Map.of(VisitKind.HEALTH_MONITORING, today));
        assertTrue(VisitSchedule.overdue(List.of(plan), visits, today).isEmpty());
        assertEquals(LocalDate.of(2026, 3, 17), VisitSchedule.dueVisits(List.of(plan), visits, today).stream()
                .filter(d -> d.kind() == VisitKind.HEALTH_MONITORING).findFirst().orElseThrow().dueOn());
    }

    @Test
    void aVisitBeforeThePlanStartedDoesNotMoveTheDueDate() {
        assertEquals(LocalDate.of(2026, 3, 15), VisitSchedule.nextDue(PLAN_START, 14, Optional.of(LocalDate.of(2026, 2, 27))));
        assertEquals(LocalDate.of(2026, 3, 19), VisitSchedule.nextDue(PLAN_START, 14, Optional.of(LocalDate.of(2026, 3, 5))));
        assertThrows(IllegalArgumentException.class, () -> VisitSchedule.nextDue(PLAN_START, 0, Optional.empty()));
    }

    @Test
    void theListIsOrderedMostOverdueFirst() {
        CarePlan early = plan(4L, "甲", "w", new PlannedService(VisitKind.HOME_VISIT, 7));
        CarePlan late = plan(5L, "乙", "w", new PlannedService(VisitKind.HOME_VISIT, 14));
        List<DueVisit> overdue = VisitSchedule.overdue(List.of(late, early), Map.of(), LocalDate.of(2026, 3, 20));
        assertEquals(List.of(4L, 5L), overdue.stream().map(DueVisit::residentId).toList());
        assertFalse(overdue.get(1).daysOverdue() > overdue.get(0).daysOverdue());
    }

    @Test
    void aHealthReadingClearsTheHealthCheckAndNothingElse() {
        CarePlan plan = plan(6L, "赵玉芬", "laojunying.worker", new PlannedService(VisitKind.HOME_VISIT, 14),
                new PlannedService(VisitKind.HEALTH_MONITORING, 7));
        LocalDate today = LocalDate.of(2026, 3, 20);
        assertEquals(2, VisitSchedule.overdue(List.of(plan), Map.of(), today).size(), "both overdue before the reading");

        Map<Long, Map<VisitKind, LocalDate>> contacts = VisitSchedule.withReadings(Map.of(), Map.of(6L, today));
        List<DueVisit> overdue = VisitSchedule.overdue(List.of(plan), contacts, today);
        assertEquals(List.of(VisitKind.HOME_VISIT), overdue.stream().map(DueVisit::kind).toList(),
                "the reading is the week's 健康监测; the home visit is still owed");
        assertEquals(LocalDate.of(2026, 3, 27), VisitSchedule.dueVisits(List.of(plan), contacts, today).stream()
                .filter(d -> d.kind() == VisitKind.HEALTH_MONITORING).findFirst().orElseThrow().dueOn(), "next check a week on");

        // A reading older than the last logged check changes nothing; a later one moves it.
        Map<Long, Map<VisitKind, LocalDate>> visits = Map.of(6L, Map.of(VisitKind.HEALTH_MONITORING, LocalDate.of(2026, 3, 18)));
        assertEquals(LocalDate.of(2026, 3, 18), VisitSchedule.withReadings(visits, Map.of(6L, LocalDate.of(2026, 3, 10)))
                .get(6L).get(VisitKind.HEALTH_MONITORING));
        assertEquals(LocalDate.of(2026, 3, 19), VisitSchedule.withReadings(visits, Map.of(6L, LocalDate.of(2026, 3, 19)))
                .get(6L).get(VisitKind.HEALTH_MONITORING));
        assertEquals(LocalDate.of(2026, 3, 18), visits.get(6L).get(VisitKind.HEALTH_MONITORING), "the visits handed in are untouched");

        // Another elder's reading clears nobody else.
        assertEquals(2, VisitSchedule.overdue(List.of(plan), VisitSchedule.withReadings(Map.of(), Map.of(7L, today)), today).size());
    }
}
