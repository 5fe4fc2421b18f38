package org.shegong.modules.volunteers.domain.model.shift;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

public interface ShiftRepository {

    Optional<Shift> find(long id);

    /** The shift, its row locked for the transaction: sign-ups and cancels of one shift queue up. */
    Optional<Shift> lock(long id);

    /** Shifts at those streets ending after {@code from}, soonest first. */
    List<Shift> upcoming(Set<String> streetCodes, Instant from, int max);

    /** The shift's sign-ups in queue order. */
    List<SignUp> signUpsOf(long shiftId);

    Optional<SignUp> signUp(long shiftId, long volunteerId);

    List<SignUp> signUpsOfVolunteer(long volunteerId);

    void store(Shift shift);

    void store(SignUp signUp);
}
