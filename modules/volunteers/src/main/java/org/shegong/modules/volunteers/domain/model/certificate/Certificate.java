package org.shegong.modules.volunteers.domain.model.certificate;

import org.shegong.platform.api.directory.NameMask;
import org.shegong.platform.api.records.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.shegong.modules.volunteers.domain.model.VolunteerRecord;
import org.shegong.modules.volunteers.domain.model.volunteer.AffiliationKind;
import org.shegong.modules.volunteers.domain.model.volunteer.Gender;
import org.shegong.modules.volunteers.domain.model.volunteer.Volunteer;
import org.shegong.platform.api.persistence.InstantConverter;

/**
 * A service-record certificate (志愿服务记录证明, 民政部令第67号): the operator that recorded the hours
 * certifies them (谁记录谁证明) — only its own confirmed services up to a day, with the volunteer's
 * basic information, what, when and how long, training, commendations and an evaluation.
 *
 * <p>Invariants: everything it certifies is copied at issue and never changes (the paper and the
 * record agree for ever); at least one confirmed service; the hours are the sum of its lines; the
 * served-up-to day is not after the issue day; valid from the issue day to {@link #validUntil}, at most
 * {@link #MAX_VALIDITY_YEARS} years; revoked once, with who, why and when, and the revocation is kept
 * (the row stays, the public page shows it revoked).
 */
@Entity
@Table(name = "vol_certificate")
public class Certificate extends VolunteerRecord {

    public static final int MAX_VALIDITY_YEARS = 5;
    public static final int MAX_TEXT = 500;

    @Column(name = "serial_number", nullable = false, length = 20, updatable = false)
    private String serialNumber;

    @Column(nullable = false, length = 22, updatable = false)
    private String token;

    @Column(name = "volunteer_id", nullable = false, updatable = false)
    private long volunteerId;

    @Column(name = "street_code", nullable = false, length = 12, updatable = false)
    private String streetCode;

    @Column(name = "holder_name", nullable = false, length = 50, updatable = false)
    private String holderName;

    @Enumerated(EnumType.STRING)
    @Column(name = "holder_gender", nullable = false, length = 10, updatable = false)
    private Gender holderGender;

    @Column(name = "holder_id_masked", nullable = false, length = 18, updatable = false)
    private String holderIdMasked;

    @Column(name = "volunteer_number", nullable = false, length = 20, updatable = false)
    private String volunteerNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "affiliation_kind", nullable = false, length = 20, updatable = false)
    private AffiliationKind affiliationKind;

    @Column(name = "affiliation_name", length = 100, updatable = false)
    private String affiliationName;

    @Column(name = "issuer_name", nullable = false, length = 200, updatable = false)
    private String issuerName;

    @Column(name = "served_up_to", nullable = false, updatable = false)
    private LocalDate servedUpTo;

    @Column(name = "first_served_on", nullable = false, updatable = false)
    private LocalDate firstServedOn;

    @Column(name = "last_served_on", nullable = false, updatable = false)
    private LocalDate lastServedOn;

    @Column(name = "service_count", nullable = false, updatable = false)
    private int serviceCount;

    @Column(name = "total_minutes", nullable = false, updatable = false)
    private long totalMinutes;

    @Column(length = MAX_TEXT, updatable = false)
    private String training;

    @Column(length = MAX_TEXT, updatable = false)
    private String commendations;

    @Column(length = MAX_TEXT, updatable = false)
    private String evaluation;

    @Column(name = "issued_on", nullable = false, updatable = false)
    private LocalDate issuedOn;

    @Column(name = "valid_until", nullable = false, updatable = false)
    private LocalDate validUntil;

    @Column(name = "issued_by", nullable = false, length = 100, updatable = false)
    private String issuedBy;

    @Column(name = "revoked_at")
    @Convert(converter = InstantConverter.class)
    private Instant revokedAt;

    @Column(name = "revoked_on")
    private LocalDate revokedOn;

    @Column(name = "revoked_by", length = 100)
    private String revokedBy;

    @Column(name = "revoked_reason", length = 200)
    private String revokedReason;

    protected Certificate() {
    }

    /**
     * Issues a certificate of those services (the operator's confirmed ones up to {@code servedUpTo}).
     *
     * @param what what the operator adds to the record: training, commendations, evaluation, validity
     */
    public Certificate(String serialNumber, String token, Volunteer holder, String issuerName, LocalDate servedUpTo,
                       List<ServiceLine> services, Statement what, LocalDate issuedOn, String issuedBy) {
        Objects.requireNonNull(holder);
        Objects.requireNonNull(issuedOn);
        if (servedUpTo == null) {
            throw new Refusal("volunteers.refused.enterServedUpTo");
        }
        if (servedUpTo.isAfter(issuedOn)) {
            throw new Refusal("volunteers.refused.servedUpToAfterIssue");
        }
        if (services == null || services.isEmpty()) {
            throw new Refusal("volunteers.refused.nothingToCertify");
        }
        if (services.stream().anyMatch(s -> s.getServedOn().isAfter(servedUpTo))) {
            throw new IllegalArgumentException("a certificate holds only services up to its day");
        }
        LocalDate until = what.validUntil() == null ? issuedOn.plusYears(1) : what.validUntil();
        if (!until.isAfter(issuedOn)) {
            throw new Refusal("volunteers.refused.validAfterIssue");
        }
        if (until.isAfter(issuedOn.plusYears(MAX_VALIDITY_YEARS))) {
            throw new Refusal("volunteers.refused.validityYears", MAX_VALIDITY_YEARS);
        }
        if (!CertificateToken.wellFormed(token)) {
            throw new IllegalArgumentException("not a certificate token");
        }
        this.serialNumber = Objects.requireNonNull(serialNumber);
        this.token = token;
        this.volunteerId = Objects.requireNonNull(holder.getId(), "a registered volunteer");
        this.streetCode = holder.getStreetCode();
        this.holderName = holder.getName();
        this.holderGender = holder.getGender();
        this.holderIdMasked = holder.getIdNumberMasked();
        this.volunteerNumber = holder.getVolunteerNumber();
        this.affiliationKind = holder.getAffiliationKind();
        this.affiliationName = holder.getAffiliationName();
        this.issuerName = issuerName == null || issuerName.isBlank() ? "-" : issuerName.strip();
        this.servedUpTo = servedUpTo;
        this.firstServedOn = services.stream().map(ServiceLine::getServedOn).min(Comparator.naturalOrder()).orElseThrow();
        this.lastServedOn = services.stream().map(ServiceLine::getServedOn).max(Comparator.naturalOrder()).orElseThrow();
        this.serviceCount = services.size();
        this.totalMinutes = services.stream().mapToLong(ServiceLine::getMinutes).sum();
        this.training = text(what.training(), "certificate.training");
        this.commendations = text(what.commendations(), "certificate.commendations");
        this.evaluation = text(what.evaluation(), "certificate.evaluation");
        this.issuedOn = issuedOn;
        this.validUntil = until;
        this.issuedBy = Objects.requireNonNull(issuedBy);
    }

    /** Revokes it (e.g. issued in error, hours found wrong); kept with who, why and when, once. */
    public void revoke(String reason, String by, Instant at, LocalDate on) {
        if (revokedAt != null) {
            throw new Refusal("volunteers.refused.alreadyRevoked");
        }
        if (reason == null || reason.isBlank()) {
            throw new Refusal("volunteers.refused.revokeReason");
        }
        if (reason.strip().length() > 200) {
            throw new Refusal("volunteers.refused.revokeReasonLength");
        }
        this.revokedReason = reason.strip();
        this.revokedBy = Objects.requireNonNull(by);
        this.revokedAt = Objects.requireNonNull(at);
        this.revokedOn = Objects.requireNonNull(on);
    }

    /** Revoked wins over everything; otherwise valid from the issue day to {@link #validUntil}, both included. */
    public CertificateState stateOn(LocalDate day) {
        return CertificateState.on(day, validUntil, revokedAt != null);
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    /** Hours with one decimal, as the paper and the public page print them (90 minutes → 1.5). */
    public String hours() {
        return Hours.of(totalMinutes);
    }

    public String maskedName() {
        return NameMask.of(holderName);
    }

    private static String text(String value, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > MAX_TEXT) {
            throw new Refusal("volunteers.refused.textLength", new Refusal.Label(what), MAX_TEXT);
        }
        return value.strip();
    }

    /**
     * What the issuing staff add to the record (67号: training, commendations, evaluation) and how
     * long the paper is valid; any of them may be empty (validity then one year).
     */
    public record Statement(String training, String commendations, String evaluation, LocalDate validUntil) {
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public String getToken() {
        return token;
    }

    public long getVolunteerId() {
        return volunteerId;
    }

    public String getStreetCode() {
        return streetCode;
    }

    public String getHolderName() {
        return holderName;
    }

    public Gender getHolderGender() {
        return holderGender;
    }

    public String getHolderIdMasked() {
        return holderIdMasked;
    }

    public String getVolunteerNumber() {
        return volunteerNumber;
    }

    public AffiliationKind getAffiliationKind() {
        return affiliationKind;
    }

    public String getAffiliationName() {
        return affiliationName;
    }

    public String getIssuerName() {
        return issuerName;
    }

    public LocalDate getServedUpTo() {
        return servedUpTo;
    }

    public LocalDate getFirstServedOn() {
        return firstServedOn;
    }

    public LocalDate getLastServedOn() {
        return lastServedOn;
    }

    public int getServiceCount() {
        return serviceCount;
    }

    public long getTotalMinutes() {
        return totalMinutes;
    }

    public String getTraining() {
        return training;
    }

    public String getCommendations() {
        return commendations;
    }

    public String getEvaluation() {
        return evaluation;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public LocalDate getRevokedOn() {
        return revokedOn;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public String getRevokedReason() {
        return revokedReason;
    }
}
