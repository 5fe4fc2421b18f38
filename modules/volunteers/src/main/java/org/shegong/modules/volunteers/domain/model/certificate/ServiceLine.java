package org.shegong.modules.volunteers.domain.model.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import org.shegong.modules.volunteers.domain.model.VolunteerRecord;

/**
 * One service on a certificate (67号: what service, when, how long), copied at issue from a
 * confirmed attendance, so the paper and its record say the same thing for ever.
 */
@Entity
@Table(name = "vol_certificate_line")
public class ServiceLine extends VolunteerRecord {

    @Column(name = "certificate_id", nullable = false, updatable = false)
    private long certificateId;

    @Column(name = "served_on", nullable = false, updatable = false)
    private LocalDate servedOn;

    @Column(nullable = false, length = 100, updatable = false)
    private String service;

    @Column(nullable = false, updatable = false)
    private long minutes;

    protected ServiceLine() {
    }

    public ServiceLine(LocalDate servedOn, String service, long minutes) {
        this.servedOn = Objects.requireNonNull(servedOn);
        this.service = Objects.requireNonNull(service);
        if (minutes < 0) {
            throw new IllegalArgumentException("minutes are never negative");
        }
        this.minutes = minutes;
    }

    /** Set once, when the certificate has its id (the repository writes both in one transaction). */
    public void belongTo(long certificateId) {
        if (this.certificateId != 0 && this.certificateId != certificateId) {
            throw new IllegalStateException("a service line belongs to one certificate");
        }
        this.certificateId = certificateId;
    }

    public long getCertificateId() {
        return certificateId;
    }

    public LocalDate getServedOn() {
        return servedOn;
    }

    public String getService() {
        return service;
    }

    public long getMinutes() {
        return minutes;
    }
}
