package org.shegong.modules.eldercare.domain.model.visit;

import org.shegong.platform.api.records.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import org.shegong.modules.eldercare.domain.model.ElderRecord;

/**
 * A contact with an elder (走访 / 上门服务) as the social worker logged it.
 *
 * <p>Invariants: it has taken place (never dated after the day it is logged), it names its kind,
 * its worker and the elder's station.
 */
@Entity
@Table(name = "elder_visit")
public class HomeVisit extends ElderRecord {

    @Column(name = "visited_on", nullable = false)
    private LocalDate visitedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private VisitKind kind;

    @Column(name = "worker", nullable = false, length = 100)
    private String worker;

    @Column(name = "worker_name", length = 100)
    private String workerName;

    @Column(name = "notes", length = 2000)
    private String notes;

    @Column(name = "needs_observed", length = 1000)
    private String needsObserved;

    @Column(name = "next_action", length = 500)
    private String nextAction;

    protected HomeVisit() {
    }

    public HomeVisit(long residentId, String streetCode, LocalDate visitedOn, VisitKind kind, String worker,
                     String workerName, String notes, String needsObserved, String nextAction, LocalDate today) {
        super(residentId, streetCode);
        if (visitedOn == null) {
            throw new Refusal("eldercare.refused.visitDate");
        }
        if (visitedOn.isAfter(today)) {
            throw new Refusal("eldercare.refused.visitInFuture", visitedOn.toString());
        }
        if (kind == null) {
            throw new Refusal("eldercare.refused.visitKind");
        }
        this.visitedOn = visitedOn;
        this.kind = kind;
        this.worker = Objects.requireNonNull(worker);
        this.workerName = workerName;
        this.notes = text(notes, 2000, "eldercare.field.notes");
        this.needsObserved = text(needsObserved, 1000, "eldercare.field.needsObserved");
        this.nextAction = text(nextAction, 500, "eldercare.field.nextAction");
    }

    private static String text(String value, int max, String fieldKey) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String t = value.strip();
        if (t.length() > max) {
            throw new Refusal("eldercare.refused.tooLong", new Refusal.Label(fieldKey), max);
        }
        return t;
    }



    public LocalDate getVisitedOn() {
        return visitedOn;
    }

    public VisitKind getKind() {
        return kind;
    }

    public String getWorker() {
        return worker;
    }

    public String getWorkerName() {
        return workerName;
    }

    public String getNotes() {
        return notes;
    }

    public String getNeedsObserved() {
        return needsObserved;
    }

    public String getNextAction() {
        return nextAction;
    }
}
