package org.shegong.modules.volunteers.domain.model.attendance;

import java.time.Duration;
import java.time.Instant;

/**
 * Service time (服务时长) of one attendance: the checked-in time, capped by the shift — coming early
 * or staying late does not count, and nothing is negative.
 */
public final class ServiceHours {

    private ServiceHours() {
    }

    public static long minutes(Instant shiftStart, Instant shiftEnd, Instant checkedIn, Instant checkedOut) {
        if (checkedIn == null || checkedOut == null) {
            return 0;
        }
        Instant from = checkedIn.isAfter(shiftStart) ? checkedIn : shiftStart;
        Instant to = checkedOut.isBefore(shiftEnd) ? checkedOut : shiftEnd;
        return to.isAfter(from) ? Duration.between(from, to).toMinutes() : 0;
    }
}
