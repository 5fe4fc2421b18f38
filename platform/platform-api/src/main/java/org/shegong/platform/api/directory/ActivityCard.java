package org.shegong.platform.api.directory;

import java.time.LocalDate;

/**
 * A platform activity (活动) as modules see it. {@code type} and {@code status} are the platform's
 * names (e.g. {@code GROUP_ACTIVITY}, {@code DONE}, shown through {@code label.ActivityType.*} and
 * {@code label.ActivityStatus.*}); {@code organiser} is the reference the planning module gave it
 * (e.g. {@code clubs.club:42}), null for the station's own; {@code participants} are the registered
 * residents (the attendance), {@code headcount} everyone who came.
 */
public record ActivityCard(long id, String title, String type, LocalDate heldOn, String status, String streetCode,
                           String organiser, int headcount, int participants) {

    public boolean done() {
        return "DONE".equals(status);
    }
}
