package org.shegong.modules.eldercare.domain.model.fraud;

import org.shegong.platform.api.records.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.shegong.platform.api.persistence.TenantOwnedEntity;

/**
 * An anti-fraud education session (防诈骗宣传, an activity of the station, e.g. the sketch
 * 《不上你的当》) and the elders who attended.
 *
 * <p>Invariants: it took place at one station on a day not after it was recorded; attendees are
 * residents of the register, by id, each once.
 */
@Entity
@Table(name = "elder_fraud_session")
public class AntiFraudSession extends TenantOwnedEntity {

    @Column(name = "street_code", nullable = false, length = 12)
    private String streetCode;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Convert(converter = AttendeesConverter.class)
    @Column(name = "attendees", nullable = false, length = 4000)
    private Set<Long> attendees = new TreeSet<>();

    protected AntiFraudSession() {
    }

    public AntiFraudSession(String streetCode, LocalDate heldOn, String title, Set<Long> attendees, LocalDate today) {
        if (title == null || title.isBlank() || title.strip().length() > 200) {
            throw new Refusal("eldercare.refused.sessionTitle");
        }
        if (heldOn == null || heldOn.isAfter(today)) {
            throw new Refusal("eldercare.refused.sessionDate");
        }
        this.streetCode = Objects.requireNonNull(streetCode);
        this.heldOn = heldOn;
        this.title = title.strip();
        this.attendees = new TreeSet<>(attendees == null ? Set.of() : attendees);
    }

    public String getStreetCode() {
        return streetCode;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getTitle() {
        return title;
    }

    public Set<Long> getAttendees() {
        return Set.copyOf(attendees);
    }
}
