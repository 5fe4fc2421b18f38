package org.shegong.modules.eldercare.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.shegong.modules.eldercare.domain.model.health.HealthRepository;
import org.shegong.modules.eldercare.domain.model.plan.CarePlanRepository;
import org.shegong.modules.eldercare.domain.model.visit.DueVisit;
import org.shegong.modules.eldercare.domain.model.visit.HomeVisit;
import org.shegong.modules.eldercare.domain.model.visit.HomeVisitRepository;
import org.shegong.modules.eldercare.domain.model.visit.VisitKind;
import org.shegong.modules.eldercare.domain.model.visit.VisitSchedule;
import org.shegong.platform.api.access.RequiresPermission;
import org.shegong.platform.api.directory.ResidentCard;
import org.shegong.platform.api.identity.SignedIn;

/** Home visits: logging them, and what the care plans make due and overdue (应访未访). */
@ApplicationScoped
@Transactional
public class VisitLog {

    @Inject
    HomeVisitRepository visits;

    @Inject
    CarePlanRepository plans;

    @Inject
    HealthRepository health;

    @Inject
    MyElders myElders;

    @Inject
    SignedIn signedIn;

    @Inject
    ElderCareSettings settings;

    @Inject
    Clock clock;

    /** Logs a visit by the signed-in worker to a resident of their stations. */
    @RequiresPermission(ElderCarePermissions.RECORD)
    public HomeVisit log(long residentId, VisitDetails details) {
        ResidentCard resident = myElders.resident(residentId);
        HomeVisit visit = new HomeVisit(residentId, resident.streetCode(), details.visitedOn(), details.kind(),
                signedIn.username(), signedIn.displayName(), details.notes(), details.needsObserved(),
                details.nextAction(), today());
        visits.store(visit);
        return visit;
    }

    @RequiresPermission(ElderCarePermissions.READ)
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HomeVisit> visitsOf(long residentId) {
        myElders.resident(residentId);
        return visits.ofResident(residentId);
    }

    /** Every contact due at these stations, as of today. */
    @RequiresPermission(ElderCarePermissions.READ)
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DueVisit> due(Set<String> streetCodes) {
        Set<String> mine = mine(streetCodes);
        return VisitSchedule.dueVisits(plans.currentAtStreets(mine), contacts(mine, today()), today());
    }

    /** 应访未访 at these stations, as of today. */
    @RequiresPermission(ElderCarePermissions.READ)
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DueVisit> overdue(Set<String> streetCodes) {
        return due(streetCodes).stream().filter(DueVisit::overdue).toList();
    }

    /** What the signed-in worker answers for, due within the horizon or already overdue. */
    @RequiresPermission(ElderCarePermissions.READ)
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DueVisit> myDue() {
        LocalDate horizon = today().plusDays(settings.dueHorizonDays());
        return due(signedIn.stationCodes()).stream()
                .filter(d -> d.worker().equals(signedIn.username()))
                .filter(d -> !d.dueOn().isAfter(horizon))
                .toList();
    }

    /**
     * For metrics, which run without a person: 应访未访 at the end of a day (today at the latest),
     * per street: the visits made by then against the care plans in force now (plans keep their
     * versions, but the schedule of a past day is not rebuilt from them).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Long> countOverduePerStreet(Set<String> streetCodes, LocalDate on) {
        LocalDate day = on.isAfter(today()) ? today() : on;
        return VisitSchedule.overdue(plans.currentAtStreets(streetCodes), contacts(streetCodes, day), day).stream()
                .collect(Collectors.groupingBy(DueVisit::streetCode, Collectors.counting()));
    }

    /** The last contacts by then: logged visits, and health readings as 健康监测. */
    private Map<Long, Map<VisitKind, LocalDate>> contacts(Set<String> streetCodes, LocalDate until) {
        return VisitSchedule.withReadings(visits.lastVisits(streetCodes, until), health.lastReadingDays(streetCodes, until));
    }

    private Set<String> mine(Set<String> streetCodes) {
        Set<String> mine = new java.util.TreeSet<>(streetCodes);
        mine.retainAll(signedIn.stationCodes());
        return mine;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
