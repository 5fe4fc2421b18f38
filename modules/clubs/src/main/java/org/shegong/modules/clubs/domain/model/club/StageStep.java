package org.shegong.modules.clubs.domain.model.club;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.shegong.platform.api.persistence.TenantOwnedEntity;

/**
 * One step a club took on its path (or out of it), as confirmed: from, to, on which day, who
 * confirmed and on what evidence. The club's path is the list of these; "clubs moved a stage in
 * a period" counts them by the street of the club.
 */
@Entity
@Table(name = "club_stage_step")
public class StageStep extends TenantOwnedEntity {

    @Column(name = "club_id", nullable = false, updatable = false)
    private long clubId;

    @Column(name = "street_code", nullable = false, length = 12)
    private String streetCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage", length = 20)
    private ClubStage fromStage;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage", nullable = false, length = 20)
    private ClubStage toStage;

    @Column(name = "moved_on", nullable = false)
    private LocalDate movedOn;

    @Column(name = "confirmed_by", nullable = false, length = 100)
    private String confirmedBy;

    @Column(name = "evidence", length = 1000)
    private String evidence;

    protected StageStep() {
    }

    StageStep(long clubId, String streetCode, ClubStage fromStage, ClubStage toStage, LocalDate movedOn,
              String confirmedBy, String evidence) {
        this.clubId = clubId;
        this.streetCode = streetCode;
        this.fromStage = fromStage;
        this.toStage = toStage;
        this.movedOn = movedOn;
        this.confirmedBy = confirmedBy;
        this.evidence = evidence;
    }

    public long getClubId() {
        return clubId;
    }

    public String getStreetCode() {
        return streetCode;
    }

    public ClubStage getFromStage() {
        return fromStage;
    }

    public ClubStage getToStage() {
        return toStage;
    }

    public LocalDate getMovedOn() {
        return movedOn;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public String getEvidence() {
        return evidence;
    }
}
