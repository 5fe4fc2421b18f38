package org.shegong.modules.clubs.domain.model.charter;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.shegong.platform.api.persistence.InstantConverter;
import org.shegong.platform.api.persistence.TenantOwnedEntity;
import org.shegong.platform.api.records.Refusal;

/**
 * One version of a club's charter (章程): its text, who proposed it and when, who approved it and
 * when. A version is never edited; a change is a new version. Only the station lead approves, once.
 */
@Entity
@Table(name = "club_charter")
public class Charter extends TenantOwnedEntity {

    public static final int MAX_TEXT = 10_000;

    @Column(name = "club_id", nullable = false, updatable = false)
    private long clubId;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int versionNo;

    @Column(name = "body", nullable = false, length = MAX_TEXT, updatable = false)
    private String text;

    @Column(name = "proposed_by", nullable = false, length = 100, updatable = false)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false, updatable = false)
    @Convert(converter = InstantConverter.class)
    private Instant proposedAt;

    @Column(name = "approved_by", length = 100)
    private String approvedBy;

    @Column(name = "approved_at")
    @Convert(converter = InstantConverter.class)
    private Instant approvedAt;

    protected Charter() {
    }

    public Charter(long clubId, int versionNo, String text, String proposedBy, Instant proposedAt) {
        if (text == null || text.isBlank()) {
            throw new Refusal("clubs.refused.charterText");
        }
        if (text.length() > MAX_TEXT) {
            throw new Refusal("clubs.refused.charterLength");
        }
        this.clubId = clubId;
        this.versionNo = versionNo;
        this.text = text.strip();
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
    }

    public void approve(String by, boolean byLead, Instant at) {
        if (!byLead) {
            throw new Refusal("clubs.refused.charterByLead");
        }
        if (approvedAt != null) {
            throw new Refusal("clubs.refused.charterApproved", String.valueOf(versionNo));
        }
        this.approvedBy = by;
        this.approvedAt = at;
    }

    public boolean isApproved() {
        return approvedAt != null;
    }

    public long getClubId() {
        return clubId;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public String getText() {
        return text;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }
}
