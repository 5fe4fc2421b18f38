package org.shegong.modules.eldercare.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.shegong.modules.eldercare.domain.model.health.Breach;
import java.util.Set;
import org.shegong.modules.eldercare.domain.model.health.FollowUpTask;
import org.shegong.modules.eldercare.domain.model.health.HealthReading;
import org.shegong.modules.eldercare.domain.model.health.HealthRepository;
import org.shegong.modules.eldercare.domain.model.plan.CarePlan;
import org.shegong.modules.eldercare.domain.model.plan.CarePlanRepository;
import org.shegong.platform.api.access.RequiresPermission;
import org.shegong.platform.api.directory.ResidentCard;
import org.shegong.platform.api.identity.SignedIn;
import org.shegong.platform.api.records.RecordNotFoundException;

/**
 * Health tracking as a closed loop (闭环): readings are recorded; one over a configured limit opens
 * a follow-up task for the elder's responsible worker, which stays open until closed with a note.
 */
@ApplicationScoped
@Transactional
public class HealthTracking {

    /** What a reading recorded, and the follow-up it opened or added to, if any. */
    public record Recorded(HealthReading reading, Optional<FollowUpTask> followUp) {
    }

    @Inject
    HealthRepository health;

    @Inject
    CarePlanRepository plans;

    @Inject
    MyElders myElders;

    @Inject
    SignedIn signedIn;

    @Inject
    ElderCareSettings settings;

    @Inject
    Clock clock;

    @RequiresPermission(ElderCarePermissions.RECORD)
    public Recorded record(long residentId, ReadingDetails details) {
        ResidentCard resident = myElders.resident(residentId);
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime measuredAt = details.measuredAt() == null ? now : details.measuredAt();
        HealthReading reading = new HealthReading(residentId, resident.streetCode(), details.measure(), details.value(),
                details.secondValue(), measuredAt, signedIn.username(), now);
        health.store(reading);
        Optional<Breach> breach = settings.thresholds().breach(reading.getMeasure(), reading.getValue(), reading.getSecondValue());
        if (breach.isEmpty()) {
            return new Recorded(reading, Optional.empty());
        }
        // One open task per elder and measure: a worker chasing a high blood pressure needs one
        // task that counts the readings, not a new one for every measurement.
        FollowUpTask task = health.openFollowUp(residentId, reading.getMeasure()).orElse(null);
        if (task == null) {
            String assignee = plans.currentOf(residentId).map(CarePlan::getResponsibleWorker).orElse(signedIn.username());
            task = new FollowUpTask(reading, resident.name(), breach.get(), assignee);
        } else {
            task.recordAnother(reading, breach.get());
        }
        health.store(task);
        return new Recorded(reading, Optional.of(task));
    }

    @RequiresPermission(ElderCarePermissions.READ)
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HealthReading> readingsOf(long residentId) {
        myElders.resident(residentId);
        return health.readingsOf(residentId);
    }

    @RequiresPermission(ElderCarePermissions.READ)
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FollowUpTask> followUpsOf(long residentId) {
        myElders.resident(residentId);
        return health.followUpsOf(residentId);
    }

    @RequiresPermission(ElderCarePermissions.READ)
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FollowUpTask> openFollowUps(Set<String> streetCodes) {
        Set<String> mine = new java.util.TreeSet<>(streetCodes);
        mine.retainAll(signedIn.stationCodes());
        return health.openFollowUps(mine);
    }

    /** Closes the loop: someone says what was done. Without a note nothing changes. */
    @RequiresPermission(ElderCarePermissions.RECORD)
    public FollowUpTask close(long taskId, String note) {
        FollowUpTask task = health.followUp(taskId).orElseThrow(() -> new RecordNotFoundException("跟进任务 follow-up", taskId));
        myElders.require(task, "跟进任务 follow-up", taskId);
        task.close(note, signedIn.username(), clock.instant());
        health.store(task);
        return task;
    }
}
