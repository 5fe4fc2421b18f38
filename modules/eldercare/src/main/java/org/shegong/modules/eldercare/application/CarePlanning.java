package org.shegong.modules.eldercare.application;

import org.shegong.platform.api.records.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shegong.modules.eldercare.domain.model.elder.ElderProfileRepository;
import org.shegong.modules.eldercare.domain.model.plan.CarePlan;
import org.shegong.modules.eldercare.domain.model.plan.CarePlanRepository;
import org.shegong.platform.api.access.RequiresPermission;
import org.shegong.platform.api.directory.ResidentCard;
import org.shegong.platform.api.directory.StaffCard;
import org.shegong.platform.api.directory.StaffCards;

/**
 * Care plans (个性化服务方案): each revision is a new version and the previous one is kept, so a
 * station can show what was promised when.
 */
@ApplicationScoped
@Transactional
public class CarePlanning {

    @Inject
    CarePlanRepository plans;

    @Inject
    ElderProfileRepository profiles;

    @Inject
    StaffCards staff;

    @Inject
    MyElders myElders;

    @Inject
    Clock clock;

    @RequiresPermission(ElderCarePermissions.READ)
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CarePlan> currentPlan(long residentId) {
        myElders.resident(residentId);
        return plans.currentOf(residentId);
    }

    @RequiresPermission(ElderCarePermissions.READ)
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CarePlan> versions(long residentId) {
        myElders.resident(residentId);
        return plans.versionsOf(residentId);
    }

    /** Writes the next version of the elder's plan; the current one becomes history. */
    @RequiresPermission(ElderCarePermissions.PLAN)
    public CarePlan revise(long residentId, PlanDetails details) {
        ResidentCard resident = myElders.resident(residentId);
        if (profiles.ofResident(residentId).isEmpty()) {
            throw new Refusal("eldercare.refused.noProfile");
        }
        boolean worksThere = staff.atStations(Set.of(resident.streetCode())).stream()
                .map(StaffCard::username).anyMatch(u -> u != null && u.equals(details.responsibleWorker()));
        if (!worksThere) {
            throw new Refusal("eldercare.refused.workerNotAtStation", details.responsibleWorker());
        }
        Optional<CarePlan> current = plans.currentOf(residentId);
        int nextVersion = current.map(p -> p.getPlanVersion() + 1).orElse(1);
        CarePlan plan = new CarePlan(residentId, resident.streetCode(), resident.name(), nextVersion, details.startsOn(),
                details.reviewOn(), details.needs(), details.goals(), details.services(), details.responsibleWorker());
        current.ifPresent(p -> p.supersede(LocalDate.now(clock)));
        plans.store(plan);
        return plan;
    }
}
