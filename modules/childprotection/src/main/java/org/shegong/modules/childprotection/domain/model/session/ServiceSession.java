package org.shegong.modules.childprotection.domain.model.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import org.shegong.modules.childprotection.domain.model.CaseWorkRecord;
import org.shegong.modules.childprotection.domain.model.casework.ChildCase;
import org.shegong.platform.api.records.Refusal;

/**
 * A session held with a child (送教上门, a visit, life skills, psychological support), logged at the door
 * from a phone. Invariants: on a day not in the future and not before the case's intake, 5–480 minutes,
 * with what was done; it carries its case's station and workers (the need-to-know rule reads them).
 */
@Entity
@Table(name = "cp_session")
public class ServiceSession extends CaseWorkRecord {

    /** The case's id; null only on a case not stored yet (unit tests). */
    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "child_id", nullable = false, updatable = false)
    private long childId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private SessionKind kind;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "minutes", nullable = false)
    private int minutes;

    @Column(name = "content", nullable = false, length = 1000)
    private String content;

    @Column(name = "progress", length = 1000)
    private String progress;

    @Column(name = "next_step", length = 500)
    private String nextStep;

    @Column(name = "tutor", length = 50)
    private String tutor;

    @Column(name = "logged_by", nullable = false, length = 100)
    private String loggedBy;

    protected ServiceSession() {
    }

    public ServiceSession(ChildCase of, SessionKind kind, LocalDate heldOn, int minutes, String content, String progress,
                          String nextStep, String tutor, String loggedBy, LocalDate today, LocalDate intakeDay) {
        super(of.getStreetCode(), of.getWorkerId(), of.getSecondWorkerId());
        if (kind == null) {
            throw new Refusal("childprotection.refused.chooseSessionKind");
        }
        if (heldOn == null || heldOn.isAfter(today) || heldOn.isBefore(intakeDay)) {
            throw new Refusal("childprotection.refused.sessionDay", heldOn);
        }
        if (minutes < 5 || minutes > 480) {
            throw new Refusal("childprotection.refused.sessionMinutes", minutes);
        }
        this.caseId = of.getId();
        this.childId = of.getChildId();
        this.kind = kind;
        this.heldOn = heldOn;
        this.minutes = minutes;
        this.content = text(content, 1000, true);
        this.progress = text(progress, 1000, false);
        this.nextStep = text(nextStep, 500, false);
        this.tutor = text(tutor, 50, false);
        this.loggedBy = Objects.requireNonNull(loggedBy);
    }

    private static String text(String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new Refusal("childprotection.refused.sessionContent");
            }
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new Refusal("childprotection.refused.textTooLong", max);
        }
        return v;
    }

    public Long getCaseId() {
        return caseId;
    }

    public long getChildId() {
        return childId;
    }

    public SessionKind getKind() {
        return kind;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public int getMinutes() {
        return minutes;
    }

    public String getContent() {
        return content;
    }

    public String getProgress() {
        return progress;
    }

    public String getNextStep() {
        return nextStep;
    }

    public String getTutor() {
        return tutor;
    }

    public String getLoggedBy() {
        return loggedBy;
    }
}
