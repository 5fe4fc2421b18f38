package org.shegong.modules.eldercare.domain.model.health;

import org.shegong.platform.api.records.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.shegong.modules.eldercare.domain.model.ElderRecord;

/**
 * The closed loop (闭环) of health tracking: a reading over a limit opens a task for the elder's
 * responsible worker, and it stays open until someone closes it saying what was done.
 *
 * <p>Invariants: at most one open task per elder and measure (further readings over the limit are
 * counted on it); a closed task has a closing note, who closed it and when, and never reopens.
 */
@Entity
@Table(name = "elder_follow_up")
public class FollowUpTask extends ElderRecord {

    @Column(name = "resident_name", nullable = false, length = 50)
    private String residentName;

    @Enumerated(EnumType.STRING)
    @Column(name = "measure", nullable = false, length = 30)
    private HealthMeasure measure;

    /** The latest reading over the limit (stored before the task, so it has its id). */
    @Column(name = "reading_id", nullable = false)
    private Long readingId;

    @Column(name = "readings_over", nullable = false)
    private int readingsOver;

    /**
     * The rule the latest reading broke and its figures ({@link Breach}); said from the bundles in
     * the reader's language. Null only on a task older than V3 whose sentence could not be read
     * back: then {@link #legacyReason} is all there is.
     */
    @Enumerated(EnumType.STRING)
    @Column(name = "breach_rule", length = 30)
    private Breach.Rule rule;

    @Column(name = "breach_reading", length = 20)
    private String ruleReading;

    @Column(name = "breach_limit", length = 20)
    private String ruleLimit;

    /** The sentence written before V3 (a "中文 / English" pair), kept for a task whose rule could not be read back. */
    @Column(name = "reason", length = 300)
    private String legacyReason;

    @Column(name = "assigned_to", nullable = false, length = 100)
    private String assignedTo;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 100)
    private String closedBy;

    @Column(name = "closing_note", length = 1000)
    private String closingNote;

    protected FollowUpTask() {
    }

    public FollowUpTask(HealthReading reading, String residentName, Breach breach, String assignedTo) {
        super(reading.getResidentId(), reading.getStreetCode());
        this.residentName = Objects.requireNonNull(residentName);
        this.measure = reading.getMeasure();
        this.readingId = reading.getId();
        this.readingsOver = 1;
        because(breach);
        this.assignedTo = Objects.requireNonNull(assignedTo);
    }

    /** Another reading over the limit while this task is still open. */
    public void recordAnother(HealthReading reading, Breach breach) {
        if (!isOpen()) {
            throw new IllegalStateException("a closed follow-up takes no more readings");
        }
        this.readingId = reading.getId();
        this.readingsOver++;
        because(breach);
    }

    private void because(Breach breach) {
        this.rule = breach.rule();
        this.ruleReading = breach.reading();
        this.ruleLimit = breach.limit();
        this.legacyReason = null;
    }

    public void close(String note, String by, Instant at) {
        if (!isOpen()) {
            throw new Refusal("eldercare.refused.followUpClosed");
        }
        if (note == null || note.isBlank()) {
            throw new Refusal("eldercare.refused.followUpNote");
        }
        if (note.strip().length() > 1000) {
            throw new Refusal("eldercare.refused.followUpNoteLength");
        }
        this.closingNote = note.strip();
        this.closedBy = Objects.requireNonNull(by);
        this.closedAt = Objects.requireNonNull(at);
    }

    public boolean isOpen() {
        return closedAt == null;
    }



    public String getResidentName() {
        return residentName;
    }

    public HealthMeasure getMeasure() {
        return measure;
    }

    public Long getReadingId() {
        return readingId;
    }

    public int getReadingsOver() {
        return readingsOver;
    }

    /** Why the task is open: the latest reading's rule and figures; empty for an old task whose sentence could not be read back. */
    public java.util.Optional<Breach> getBreach() {
        return rule == null ? java.util.Optional.empty() : java.util.Optional.of(new Breach(rule, ruleReading, ruleLimit));
    }

    /** The sentence of a task older than V3 whose rule could not be read back (else null). */
    public String getLegacyReason() {
        return legacyReason;
    }

    public String getAssignedTo() {
        return assignedTo;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public String getClosingNote() {
        return closingNote;
    }
}
