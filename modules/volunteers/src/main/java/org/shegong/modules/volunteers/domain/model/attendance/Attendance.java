package org.shegong.modules.volunteers.domain.model.attendance;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.shegong.modules.volunteers.domain.model.VolunteerRecord;
import org.shegong.modules.volunteers.domain.model.shift.Shift;
import org.shegong.platform.api.persistence.InstantConverter;

/**
 * One volunteer's attendance (签到/签退) of one shift, and the service time it gives.
 *
 * <p>Invariants: one per volunteer and shift (a unique key, so two scans at once count once);
 * minutes never exceed the shift; once confirmed by staff the minutes change only by a
 * {@link AttendanceCorrection}, which says who and why; confirmed once.
 */
@Entity
@Table(name = "vol_attendance")
public class Attendance extends VolunteerRecord {

    @Column(name = "shift_id", nullable = false, updatable = false)
    private long shiftId;

    @Column(name = "volunteer_id", nullable = false, updatable = false)
    private long volunteerId;

    @Column(name = "street_code", nullable = false, length = 12, updatable = false)
    private String streetCode;

    @Column(name = "checked_in_at", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant checkedInAt;

    @Column(name = "checked_out_at")
    @Convert(converter = InstantConverter.class)
    private Instant checkedOutAt;

    @Column(nullable = false)
    private long minutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private AttendanceStatus status;

    @Column(name = "confirmed_by", length = 100)
    private String confirmedBy;

    @Column(name = "confirmed_at")
    @Convert(converter = InstantConverter.class)
    private Instant confirmedAt;

    protected Attendance() {
    }

    public Attendance(long shiftId, String streetCode, long volunteerId, Instant checkedInAt) {
        this.shiftId = shiftId;
        this.volunteerId = volunteerId;
        this.streetCode = Objects.requireNonNull(streetCode);
        this.checkedInAt = Objects.requireNonNull(checkedInAt);
        this.status = AttendanceStatus.CHECKED_IN;
    }

    public void checkOut(Shift shift, Instant at) {
        if (status == AttendanceStatus.CONFIRMED) {
            throw new CheckInRefused("时长已确认，不能再签退 / the hours are confirmed already");
        }
        if (status == AttendanceStatus.CHECKED_OUT) {
            throw new CheckInRefused("已签退 / already checked out");
        }
        if (at.isBefore(checkedInAt)) {
            throw new IllegalArgumentException("签退时间早于签到时间 / check-out before check-in");
        }
        this.checkedOutAt = at;
        this.minutes = ServiceHours.minutes(shift.getStartsAt(), shift.getEndsAt(), checkedInAt, at);
        this.status = AttendanceStatus.CHECKED_OUT;
    }

    /**
     * Staff set the minutes by hand (forgotten check-out, a wrong time); capped by the shift. The
     * correction is returned for keeping, with who and why.
     */
    public AttendanceCorrection correct(Shift shift, long newMinutes, String reason, String by) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("请填写更正原因 / give the reason for the correction");
        }
        long cap = java.time.Duration.between(shift.getStartsAt(), shift.getEndsAt()).toMinutes();
        if (newMinutes < 0 || newMinutes > cap) {
            throw new IllegalArgumentException("时长应在0到" + cap + "分钟之间（不超过班次） / minutes are 0 to " + cap);
        }
        if (status == AttendanceStatus.CONFIRMED) {
            throw new IllegalArgumentException("时长已确认，不能再更正 / the hours are confirmed already");
        }
        AttendanceCorrection c = new AttendanceCorrection(getId(), minutes, newMinutes, reason.strip(), by);
        this.minutes = newMinutes;
        if (status == AttendanceStatus.CHECKED_IN) {
            status = AttendanceStatus.CHECKED_OUT;
        }
        return c;
    }

    /** Staff approve the service time; the time bank is credited with it by the caller. */
    public void confirm(String by, Instant at) {
        if (status == AttendanceStatus.CONFIRMED) {
            throw new IllegalArgumentException("时长已确认 / the hours are confirmed already");
        }
        if (status == AttendanceStatus.CHECKED_IN) {
            throw new IllegalArgumentException("尚未签退，请先签退或更正时长 / not checked out: check out or correct the minutes first");
        }
        this.status = AttendanceStatus.CONFIRMED;
        this.confirmedBy = by;
        this.confirmedAt = at;
    }

    public long getShiftId() {
        return shiftId;
    }

    public long getVolunteerId() {
        return volunteerId;
    }

    public String getStreetCode() {
        return streetCode;
    }

    public Instant getCheckedInAt() {
        return checkedInAt;
    }

    public Instant getCheckedOutAt() {
        return checkedOutAt;
    }

    public long getMinutes() {
        return minutes;
    }

    public AttendanceStatus getStatus() {
        return status;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }
}
