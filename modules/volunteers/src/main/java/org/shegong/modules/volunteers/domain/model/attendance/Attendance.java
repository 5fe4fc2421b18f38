package org.shegong.modules.volunteers.domain.model.attendance;

import org.shegong.platform.api.records.Refusal;
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
            throw new CheckInRefused("volunteers.refused.confirmedNoCheckOut");
        }
        if (status == AttendanceStatus.CHECKED_OUT) {
            throw new CheckInRefused("volunteers.refused.alreadyCheckedOut");
        }
        if (at.isBefore(checkedInAt)) {
            throw new Refusal("volunteers.refused.checkOutBeforeIn");
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
            throw new Refusal("volunteers.refused.correctionReason");
        }
        long cap = java.time.Duration.between(shift.getStartsAt(), shift.getEndsAt()).toMinutes();
        if (newMinutes < 0 || newMinutes > cap) {
            throw new Refusal("volunteers.refused.minutesRange", cap);
        }
        if (status == AttendanceStatus.CONFIRMED) {
            throw new Refusal("volunteers.refused.confirmedNoCorrection");
        }
        AttendanceCorrection c = new AttendanceCorrection(getId(), minutes, newMinutes, reason.strip(), by);
        this.minutes = newMinutes;
        if (status == AttendanceStatus.CHECKED_IN) {
            status = AttendanceStatus.CHECKED_OUT;
        }
        return c;
    }

    /**
     * Whether {@link #confirm} would take it: signed out (or corrected), not confirmed yet. The hours page offers
     * 确认时长 only then, rather than a button refused with "尚未签退".
     */
    public boolean mayConfirm() {
        return status != AttendanceStatus.CONFIRMED && status != AttendanceStatus.CHECKED_IN;
    }

    /** Staff approve the service time; the time bank is credited with it by the caller. */
    public void confirm(String by, Instant at) {
        if (status == AttendanceStatus.CONFIRMED) {
            throw new Refusal("volunteers.refused.confirmedAlready");
        }
        if (status == AttendanceStatus.CHECKED_IN) {
            throw new Refusal("volunteers.refused.notCheckedOut");
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
