package org.shegong.modules.eldercare.domain.model.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shegong.modules.eldercare.domain.model.visit.VisitKind;

class CarePlanTest {

    static final LocalDate START = LocalDate.of(2026, 3, 1);

    static CarePlan plan(LocalDate review, List<PlannedService> services, String worker) {
        return new CarePlan(1, "140106005000", "王秀英", 1, START, review, "独居", "每两周上门", services, worker);
    }

    @Test
    void aPlanNeedsServicesEachKindOnceAReviewAfterItsStartAndAResponsibleWorker() {
        List<PlannedService> visits = List.of(new PlannedService(VisitKind.HOME_VISIT, 14));
        assertTrue(plan(START.plusMonths(3), visits, "w").isCurrent());
        assertThrows(IllegalArgumentException.class, () -> plan(START, visits, "w"));
        assertThrows(IllegalArgumentException.class, () -> plan(START.plusMonths(3), List.of(), "w"));
        assertThrows(IllegalArgumentException.class, () -> plan(START.plusMonths(3), List.of(
                new PlannedService(VisitKind.HOME_VISIT, 14), new PlannedService(VisitKind.HOME_VISIT, 7)), "w"));
        assertThrows(IllegalArgumentException.class, () -> plan(START.plusMonths(3), visits, " "));
        assertThrows(IllegalArgumentException.class, () -> new PlannedService(VisitKind.HOME_VISIT, 0));
        assertThrows(IllegalArgumentException.class, () -> new PlannedService(null, 7));
    }

    @Test
    void aSupersededVersionIsKeptAsHistory() {
        CarePlan first = plan(START.plusMonths(3), List.of(new PlannedService(VisitKind.HOME_VISIT, 14)), "w");
        first.supersede(LocalDate.of(2026, 4, 1));
        assertFalse(first.isCurrent());
        assertEquals(LocalDate.of(2026, 4, 1), first.getSupersededOn());
        assertEquals(14, first.getServices().get(0).everyDays(), "its content stays as it was");
    }

    @Test
    void theServicesColumnReadsBackExactly() {
        PlannedServicesConverter converter = new PlannedServicesConverter();
        List<PlannedService> services = List.of(new PlannedService(VisitKind.HOME_VISIT, 14),
                new PlannedService(VisitKind.HEALTH_MONITORING, 7));
        String column = converter.convertToDatabaseColumn(services);
        assertEquals("HOME_VISIT:14,HEALTH_MONITORING:7", column);
        assertEquals(services, converter.convertToEntityAttribute(column));
        assertEquals(List.of(), converter.convertToEntityAttribute(""));
    }
}
