package org.shegong.modules.clubs.domain.model.club;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.shegong.platform.api.persistence.TenantOwnedEntity;
import org.shegong.platform.api.records.Refusal;

/**
 * One milestone of a club's incubation plan (培育计划), e.g. "制定内部规章", "选出负责人",
 * "连续 6 个月定期活动"; done on a day, never in the future.
 */
@Entity
@Table(name = "club_milestone")
public class Milestone extends TenantOwnedEntity {

    @Column(name = "club_id", nullable = false, updatable = false)
    private long clubId;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "done_on")
    private LocalDate doneOn;

    protected Milestone() {
    }

    public Milestone(long clubId, String title) {
        if (title == null || title.isBlank()) {
            throw new Refusal("clubs.refused.milestone");
        }
        if (title.strip().length() > 200) {
            throw new Refusal("clubs.refused.milestoneLength", 200);
        }
        this.clubId = clubId;
        this.title = title.strip();
    }

    public void markDone(LocalDate on, LocalDate today) {
        if (on == null) {
            throw new Refusal("clubs.refused.doneOn");
        }
        if (on.isAfter(today)) {
            throw new Refusal("clubs.refused.doneInFuture");
        }
        this.doneOn = on;
    }

    public boolean isDone() {
        return doneOn != null;
    }

    public long getClubId() {
        return clubId;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }
}
