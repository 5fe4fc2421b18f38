package org.shegong.modules.eldercare.domain.model.referral;

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
 * A referral of an elder to a medical partner (医疗机构上门): requested → accepted → served →
 * closed, to be served within the SLA.
 *
 * <p>Invariants: the partner is a medical institution of the operator's register (by id); the
 * status moves forward one step at a time and records the day of each step; it is overdue while
 * not yet served after {@code requestedOn + slaDays}.
 */
@Entity
@Table(name = "elder_referral")
public class Referral extends ElderRecord {

    @Column(name = "resident_name", nullable = false, length = 50)
    private String residentName;

    @Column(name = "partner_id", nullable = false)
    private long partnerId;

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

    @Column(name = "accepted_on")
    private LocalDate acceptedOn;

    @Column(name = "served_on")
    private LocalDate servedOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "outcome", length = 1000)
    private String outcome;

    protected Referral() {
    }

    public Referral(long residentId, String streetCode, String residentName, long partnerId, String partnerName,
                    String reason, LocalDate requestedOn, int slaDays) {
        super(residentId, streetCode);
        if (reason == null || reason.isBlank()) {
            throw new Refusal("eldercare.refused.referralReason");
        }
        if (reason.strip().length() > 1000) {
            throw new Refusal("eldercare.refused.referralReasonLength");
        }
        if (slaDays < 1 || slaDays > 90) {
            throw new Refusal("eldercare.refused.referralSla", slaDays);
        }
        this.residentName = Objects.requireNonNull(residentName);
        this.partnerId = partnerId;
        this.partnerName = Objects.requireNonNull(partnerName);
        this.reason = reason.strip();
        this.status = ReferralStatus.REQUESTED;
        this.requestedOn = Objects.requireNonNull(requestedOn);
        this.slaDays = slaDays;
    }

    /** Moves to the next status on {@code today}; closing may carry the outcome. */
    public void advance(LocalDate today, String outcome) {
        ReferralStatus next = status.next();
        switch (next) {
            case ACCEPTED -> acceptedOn = today;
            case SERVED -> servedOn = today;
            case CLOSED -> {
                closedOn = today;
                if (outcome != null && !outcome.isBlank()) {
                    this.outcome = outcome.strip();
                }
            }
            default -> throw new IllegalStateException();
        }
        status = next;
    }

    public LocalDate getDueBy() {
        return requestedOn.plusDays(slaDays);
    }

    public boolean isOverdue(LocalDate today) {
        return (status == ReferralStatus.REQUESTED || status == ReferralStatus.ACCEPTED) && today.isAfter(getDueBy());
    }



    public String getResidentName() {
        return residentName;
    }

    public long getPartnerId() {
        return partnerId;
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

    public LocalDate getAcceptedOn() {
        return acceptedOn;
    }

    public LocalDate getServedOn() {
        return servedOn;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public String getOutcome() {
        return outcome;
    }
}
