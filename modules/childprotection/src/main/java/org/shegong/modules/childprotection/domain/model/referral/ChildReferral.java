package org.shegong.modules.childprotection.domain.model.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.shegong.modules.childprotection.domain.model.CaseWorkRecord;
import org.shegong.modules.childprotection.domain.model.casework.ChildCase;
import org.shegong.modules.childprotection.domain.model.child.Consent;
import org.shegong.platform.api.records.Refusal;

/**
 * A referral of a child's need to a partner (转介): requested → accepted → done, or refused by the partner.
 *
 * <p>Invariants: it is made only with the consent sharing with that kind of partner needs (a withdrawn or
 * missing consent refuses it with the reason, {@link ConsentRefused}); it must be done within its SLA
 * ({@code requestedOn + slaDays}) and is overdue while open after that; a refusal and an outcome carry text.
 */
@Entity
@Table(name = "cp_referral")
public class ChildReferral extends CaseWorkRecord {

    /** The case's id; null only on a case not stored yet (unit tests). */
    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "child_id", nullable = false, updatable = false)
    private long childId;

    @Enumerated(EnumType.STRING)
    @Column(name = "partner_kind", nullable = false, length = 30)
    private PartnerKind partnerKind;

    @Column(name = "partner_name", nullable = false, length = 200)
    private String partnerName;

    @Column(name = "reason", nullable = false, length = 1000)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ReferralStatus status;

    @Column(name = "requested_on", nullable = false)
    private LocalDate requestedOn;

    @Column(name = "sla_days", nullable = false)
    private int slaDays;

    @Column(name = "answered_on")
    private LocalDate answeredOn;

    @Column(name = "finished_on")
    private LocalDate finishedOn;

    @Column(name = "outcome", length = 1000)
    private String outcome;

    protected ChildReferral() {
    }

    public ChildReferral(ChildCase of, Consent consent, PartnerKind kind, String partnerName, String reason,
                         LocalDate requestedOn, int slaDays) {
        super(of.getStreetCode(), of.getWorkerId(), of.getSecondWorkerId());
        if (kind == null) {
            throw new Refusal("childprotection.refused.choosePartnerKind");
        }
        kind.consentNeeded().flatMap(consent::refusalFor).ifPresent(why -> {
            throw new ConsentRefused(why);
        });
        if (!of.getStage().isOpen()) {
            throw new Refusal("childprotection.refused.referralCaseClosed");
        }
        if (slaDays < 1 || slaDays > 90) {
            throw new Refusal("childprotection.refused.sla", slaDays);
        }
        this.caseId = of.getId();
        this.childId = of.getChildId();
        this.partnerKind = kind;
        this.partnerName = text(partnerName, 200, "childprotection.field.partner");
        this.reason = text(reason, 1000, "childprotection.field.referralReason");
        this.status = ReferralStatus.REQUESTED;
        this.requestedOn = requestedOn;
        this.slaDays = slaDays;
    }

    public void accept(LocalDate on) {
        if (status != ReferralStatus.REQUESTED) {
            throw new Refusal("childprotection.refused.acceptWhen");
        }
        status = ReferralStatus.ACCEPTED;
        answeredOn = on;
    }

    public void done(LocalDate on, String outcome) {
        if (status != ReferralStatus.ACCEPTED) {
            throw new Refusal("childprotection.refused.doneWhen");
        }
        this.outcome = text(outcome, 1000, "childprotection.field.outcome");
        status = ReferralStatus.DONE;
        finishedOn = on;
    }

    public void refuse(LocalDate on, String why) {
        if (!status.isOpen()) {
            throw new Refusal("childprotection.refused.referralFinished");
        }
        this.outcome = text(why, 1000, "childprotection.field.partnerReason");
        status = ReferralStatus.REFUSED;
        finishedOn = on;
    }

    public LocalDate getDueBy() {
        return requestedOn.plusDays(slaDays);
    }

    public boolean isOverdue(LocalDate today) {
        return status.isOpen() && today.isAfter(getDueBy());
    }

    private static String text(String value, int max, String what) {
        if (value == null || value.isBlank()) {
            throw new Refusal("childprotection.refused.required", new Refusal.Label(what));
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new Refusal("childprotection.refused.tooLong", new Refusal.Label(what), max);
        }
        return v;
    }

    public Long getCaseId() {
        return caseId;
    }

    public long getChildId() {
        return childId;
    }

    public PartnerKind getPartnerKind() {
        return partnerKind;
    }

    public String getPartnerName() {
        return partnerName;
    }

    public String getReason() {
        return reason;
    }

    public ReferralStatus getStatus() {
        return status;
    }

    public LocalDate getRequestedOn() {
        return requestedOn;
    }

    public int getSlaDays() {
        return slaDays;
    }

    public LocalDate getAnsweredOn() {
        return answeredOn;
    }

    public LocalDate getFinishedOn() {
        return finishedOn;
    }

    public String getOutcome() {
        return outcome;
    }
}
