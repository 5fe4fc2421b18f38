package org.shegong.modules.volunteers.application;

import java.time.Instant;

/**
 * The shift a check-in code names, as the volunteer holding the code sees it before and after checking in: what
 * they serve (the shift's role), its window, the station by name and address (where to be), and their own check-in
 * and check-out times (null until then). Nothing of anyone else: no roster, no resident.
 */
public record ShiftToCheckIn(String role, Instant startsAt, Instant endsAt, String stationName, String stationAddress,
                             Instant checkedInAt, Instant checkedOutAt) {
}
