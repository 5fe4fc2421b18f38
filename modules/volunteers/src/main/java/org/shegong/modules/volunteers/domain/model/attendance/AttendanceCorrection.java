package org.shegong.modules.volunteers.domain.model.attendance;

import org.shegong.platform.api.records.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.shegong.modules.volunteers.domain.model.VolunteerRecord;

/** A change of an attendance's minutes by staff: from, to, why, and who (kept for ever). */
@Entity
@Table(name = "vol_attendance_correction")
public class AttendanceCorrection extends VolunteerRecord {

    @Column(name = "attendance_id", nullable = false, updatable = false)
    private long attendanceId;

    @Column(name = "from_minutes", nullable = false, updatable = false)
    private long fromMinutes;

    @Column(name = "to_minutes", nullable = false, updatable = false)
    private long toMinutes;

    @Column(nullable = false, length = 300, updatable = false)
    private String reason;

    @Column(name = "corrected_by", nullable = false, length = 100, updatable = false)
    private String correctedBy;

    protected AttendanceCorrection() {
    }

    AttendanceCorrection(Long attendanceId, long fromMinutes, long toMinutes, String reason, String by) {
        if (reason.length() > 300) {
            throw new Refusal("volunteers.refused.correctionReasonLength");
        }
        this.attendanceId = attendanceId == null ? 0 : attendanceId;
        this.fromMinutes = fromMinutes;
        this.toMinutes = toMinutes;
        this.reason = reason;
        this.correctedBy = by;
    }

    public long getAttendanceId() {
        return attendanceId;
    }

    public long getFromMinutes() {
        return fromMinutes;
    }

    public long getToMinutes() {
        return toMinutes;
    }

    public String getReason() {
        return reason;
    }

    public String getCorrectedBy() {
        return correctedBy;
    }
}
