package org.shegong.modules.volunteers.application;

import org.shegong.platform.api.records.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.shegong.modules.volunteers.domain.model.shift.Shift;
import org.shegong.modules.volunteers.domain.model.shift.ShiftRepository;
import org.shegong.modules.volunteers.domain.model.shift.SignUp;
import org.shegong.modules.volunteers.domain.model.shift.SignUpStatus;
import org.shegong.modules.volunteers.domain.model.volunteer.Volunteer;
import org.shegong.platform.api.records.RecordNotFoundException;

/**
 * Signing up and cancelling, for staff and for the volunteer alike (the callers check who may). The
 * shift's row is locked first, so sign-ups and cancels of one shift queue up and never overfill it.
 */
@ApplicationScoped
class ShiftSignUps {

    @Inject
    ShiftRepository shifts;

    @Inject
    Clock clock;

    SignUp signUp(long shiftId, Volunteer volunteer) {
        Shift shift = lockedAtStreet(shiftId, volunteer.getStreetCode());
        if (!volunteer.active()) {
            throw new Refusal("volunteers.refused.notActive");
        }
        if (!shift.getEndsAt().isAfter(clock.instant())) {
            throw new Refusal("volunteers.refused.shiftOver");
        }
        List<SignUp> all = shifts.signUpsOf(shiftId);
        SignUpStatus place = shift.placeFor(all);
        Optional<SignUp> earlier = all.stream().filter(s -> s.getVolunteerId() == volunteer.getId()).findFirst();
        SignUp signUp;
        if (earlier.isPresent()) {
            signUp = earlier.get();
            signUp.reopen(place, all.size());
        } else {
            signUp = new SignUp(shiftId, volunteer.getId(), place, all.size());
        }
        shifts.store(signUp);
        return signUp;
    }

    /** Cancels; the first one waiting moves up. Returns who moved up, if anyone. */
    Optional<SignUp> cancel(long shiftId, Volunteer volunteer) {
        Shift shift = lockedAtStreet(shiftId, volunteer.getStreetCode());
        List<SignUp> all = shifts.signUpsOf(shiftId);
        SignUp mine = all.stream().filter(s -> s.getVolunteerId() == volunteer.getId()).findFirst()
                .orElseThrow(() -> new Refusal("volunteers.refused.notSignedUp"));
        Optional<SignUp> movedUp = shift.cancel(mine, all);
        shifts.store(mine);
        movedUp.ifPresent(shifts::store);
        return movedUp;
    }

    /** The shift of the operator at that street, locked; another station's is not found. */
    private Shift lockedAtStreet(long shiftId, String streetCode) {
        return shifts.lock(shiftId).filter(s -> s.getStreetCode().equals(streetCode))
                .orElseThrow(() -> new RecordNotFoundException("班次 shift", shiftId));
    }
}
