package org.shegong.modules.volunteers.domain.model.shift;

import org.shegong.platform.api.records.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.shegong.modules.volunteers.domain.model.VolunteerRecord;

/**
 * A volunteer's place on a shift: confirmed, waiting, or cancelled. One per volunteer and shift
 * (signing up again after cancelling reopens the same row at the end of the queue).
 */
@Entity
@Table(name = "vol_sign_up")
public class SignUp extends VolunteerRecord {

    @Column(name = "shift_id", nullable = false, updatable = false)
    private long shiftId;

    @Column(name = "volunteer_id", nullable = false, updatable = false)
    private long volunteerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private SignUpStatus status;

    /** Order in the queue: the sequence of the sign-up (or of the sign-up again) on the shift. */
    @Column(name = "queue_position", nullable = false)
    private long queuePosition;

    protected SignUp() {
    }

    public SignUp(long shiftId, long volunteerId, SignUpStatus status, long queuePosition) {
        this.shiftId = shiftId;
        this.volunteerId = volunteerId;
        this.status = status;
        this.queuePosition = queuePosition;
    }

    void cancel() {
        if (status == SignUpStatus.CANCELLED) {
            throw new Refusal("volunteers.refused.alreadyCancelled");
        }
        status = SignUpStatus.CANCELLED;
    }

    void moveUp() {
        status = SignUpStatus.CONFIRMED;
    }

    /** Signing up again after cancelling: a new place at the end of the queue. */
    public void reopen(SignUpStatus place, long position) {
        if (status != SignUpStatus.CANCELLED) {
            throw new Refusal("volunteers.refused.alreadySignedUp");
        }
        this.status = place;
        this.queuePosition = position;
    }

    public long getShiftId() {
        return shiftId;
    }

    public long getVolunteerId() {
        return volunteerId;
    }

    public SignUpStatus getStatus() {
        return status;
    }

    public long getQueuePosition() {
        return queuePosition;
    }
}
