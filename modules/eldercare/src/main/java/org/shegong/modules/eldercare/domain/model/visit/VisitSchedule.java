package org.shegong.modules.eldercare.domain.model.visit;

import org.shegong.platform.api.records.Refusal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shegong.modules.eldercare.domain.model.plan.CarePlan;
import org.shegong.modules.eldercare.domain.model.plan.PlannedService;

/**
 * When the next contact of each kind is due, from the plan's frequency and the last contact of
 * that kind. Pure arithmetic on dates with "today" handed in, so it can be checked day by day.
 *
 * <p>Rules: the count starts at the plan's start, or at the last visit of that kind if it is
 * later; the visit is due {@code everyDays} after that; on the due date itself it is due, not yet
 * overdue; from the next day on it is 应访未访 until a visit of that kind is logged. A health
 * reading recorded for the elder is a 健康监测 contact on the day it was measured
 * ({@link #withReadings}): whoever takes the blood pressure at the door has done the check.
 */
public final class VisitSchedule {

    private VisitSchedule() {
    }

    public static LocalDate nextDue(LocalDate planStartsOn, int everyDays, Optional<LocalDate> lastVisit) {
        if (everyDays < 1) {
            throw new Refusal("eldercare.refused.frequency");
        }
        LocalDate from = lastVisit.filter(v -> v.isAfter(planStartsOn)).orElse(planStartsOn);
        return from.plusDays(everyDays);
    }

    /** Days past the due date, 0 while it is not overdue. */
    public static long daysOverdue(LocalDate dueOn, LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(dueOn, today));
    }

    /**
     * Every contact the current plans ask for, with its due date, soonest (most overdue) first.
     *
     * @param lastVisits latest visit date per resident and kind
     */
    public static List<DueVisit> dueVisits(List<CarePlan> currentPlans, Map<Long, Map<VisitKind, LocalDate>> lastVisits,
                                           LocalDate today) {
        List<DueVisit> due = new ArrayList<>();
        for (CarePlan plan : currentPlans) {
            Map<VisitKind, LocalDate> last = lastVisits.getOrDefault(plan.getResidentId(), Map.of());
            for (PlannedService service : plan.getServices()) {
                LocalDate dueOn = nextDue(plan.getStartsOn(), service.everyDays(), Optional.ofNullable(last.get(service.kind())));
                due.add(new DueVisit(plan.getResidentId(), plan.getResidentName(), plan.getStreetCode(),
                        plan.getResponsibleWorker(), service.kind(), dueOn, daysOverdue(dueOn, today)));
            }
        }
        due.sort(Comparator.comparing(DueVisit::dueOn).thenComparing(DueVisit::residentName)
                .thenComparing(DueVisit::kind));
        return due;
    }

    /**
     * The last contacts with the elders' latest health readings added as 健康监测
     * ({@link VisitKind#HEALTH_MONITORING}) contacts: a reading later than the last logged visit of
     * that kind takes its place, an earlier one changes nothing. The maps handed in are not changed.
     *
     * @param lastReadings the day of each elder's latest reading
     */
    public static Map<Long, Map<VisitKind, LocalDate>> withReadings(Map<Long, Map<VisitKind, LocalDate>> lastVisits,
                                                                    Map<Long, LocalDate> lastReadings) {
        Map<Long, Map<VisitKind, LocalDate>> contacts = new HashMap<>();
        lastVisits.forEach((resident, kinds) -> contacts.computeIfAbsent(resident, r -> new EnumMap<>(VisitKind.class)).putAll(kinds));
        lastReadings.forEach((resident, day) -> contacts.computeIfAbsent(resident, r -> new EnumMap<>(VisitKind.class))
                .merge(VisitKind.HEALTH_MONITORING, day, (visit, reading) -> reading.isAfter(visit) ? reading : visit));
        return contacts;
    }

    /** 应访未访: the contacts whose due date has passed. */
    public static List<DueVisit> overdue(List<CarePlan> currentPlans, Map<Long, Map<VisitKind, LocalDate>> lastVisits,
                                         LocalDate today) {
        return dueVisits(currentPlans, lastVisits, today).stream().filter(DueVisit::overdue).toList();
    }
}
