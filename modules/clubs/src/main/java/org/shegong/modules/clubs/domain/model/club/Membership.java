package org.shegong.modules.clubs.domain.model.club;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.shegong.platform.api.persistence.TenantOwnedEntity;
import org.shegong.platform.api.records.Refusal;

/**
 * A resident's membership of a club, from the day they joined to the day they left (open while
 * they are a member). A resident has at most one open membership of a club.
 */
@Entity
@Table(name = "club_member")
public class Membership extends TenantOwnedEntity {

    @Column(name = "club_id", nullable = false, updatable = false)
    private long clubId;

    @Column(name = "resident_id", nullable = false, updatable = false)
    private long residentId;

    @Column(name = "resident_name", nullable = false, length = 50)
    private String residentName;

    @Column(name = "joined_on", nullable = false)
    private LocalDate joinedOn;

    @Column(name = "left_on")
    private LocalDate leftOn;

    protected Membership() {
    }

    public Membership(long clubId, Person person, LocalDate joinedOn, LocalDate today) {
        if (joinedOn == null) {
            throw new Refusal("clubs.refused.joinedOn");
        }
        if (joinedOn.isAfter(today)) {
            throw new Refusal("clubs.refused.joinedInFuture");
        }
        this.clubId = clubId;
        this.residentId = person.residentId();
        this.residentName = person.name();
        this.joinedOn = joinedOn;
    }

    public void leave(LocalDate on, LocalDate today) {
        if (leftOn != null) {
            throw new Refusal("clubs.refused.alreadyLeft", residentName, leftOn.toString());
        }
        if (on == null) {
            throw new Refusal("clubs.refused.leftOn");
        }
        if (on.isAfter(today) || on.isBefore(joinedOn)) {
            throw new Refusal("clubs.refused.leftOnOutside");
        }
        this.leftOn = on;
    }

    public boolean isActive() {
        return leftOn == null;
    }

    public long getClubId() {
        return clubId;
    }

    public long getResidentId() {
        return residentId;
    }

    public String getResidentName() {
        return residentName;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }
}
