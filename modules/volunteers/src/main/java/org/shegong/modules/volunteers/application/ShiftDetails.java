package org.shegong.modules.volunteers.application;

import java.time.Instant;

/** A new shift as staff describe it; {@code graceMinutes} null takes the module's default. */
public record ShiftDetails(String role, String skillsWanted, String streetCode, Long activityId, Integer spots,
                           Instant startsAt, Instant endsAt, Integer graceMinutes) {
}
