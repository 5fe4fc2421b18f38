package org.shegong.modules.childprotection.domain.model.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.function.Function;
import org.shegong.modules.childprotection.domain.model.session.SessionKind;
import org.shegong.platform.api.persistence.InstantConverter;
import org.shegong.platform.api.persistence.TenantOwnedEntity;

/** A kept line of a case's history (个案记录): written once, never changed. */
@Entity
@Table(name = "cp_case_step")
public class CaseStep extends TenantOwnedEntity {

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30, updatable = false)
    private StepKind kind;

    @Column(name = "actor", nullable = false, length = 100, updatable = false)
    private String actor;

    @Column(name = "step_at", nullable = false, updatable = false)
    @Convert(converter = InstantConverter.class)
    private Instant at;

    @Column(name = "note", length = 1000, updatable = false)
    private String note;

    /** The risk level an intake or assessment set; null on every other step. */
    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level", length = 10, updatable = false)
    private RiskLevel risk;

    protected CaseStep() {
    }

    public CaseStep(long caseId, Step step) {
        this.caseId = caseId;
        this.kind = step.kind();
        this.actor = step.actor();
        this.at = step.at();
        this.note = step.note();
        this.risk = step.risk();
    }

    public long getCaseId() {
        return caseId;
    }

    public StepKind getKind() {
        return kind;
    }

    public String getActor() {
        return actor;
    }

    public Instant getAt() {
        return at;
    }

    public String getNote() {
        return note;
    }

    public RiskLevel getRisk() {
        return risk;
    }

    /**
     * The bundle key that says the note when the note is a code rather than someone's words: the deadline of an
     * OVERDUE or ESCALATED line, the kind of a session or visit; null when the note is text to show as written
     * (an intake's or assessment's note — their risk level is {@link #getRisk()} —, a review, a refusal's or
     * closure's reason).
     */
    public String noteLabelKey() {
        if (note == null) {
            return null;
        }
        return switch (kind) {
            case OVERDUE, ESCALATED -> labelKey(DeadlineKind.class, note, DeadlineKind::labelKey);
            case SESSION, VISIT -> labelKey(SessionKind.class, note, SessionKind::labelKey);
            default -> null;
        };
    }

    private static <E extends Enum<E>> String labelKey(Class<E> type, String name, Function<E, String> key) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return key.apply(e);
            }
        }
        return null;
    }
}
