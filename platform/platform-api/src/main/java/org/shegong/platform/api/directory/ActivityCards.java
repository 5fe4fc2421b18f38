package org.shegong.platform.api.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The platform's activities as modules see and plan them: always the current tenant's, at the
 * signed-in person's stations (any other is "not found"). A module plans an activity with an
 * organiser reference of its own (its id, a dot, its record kind, a colon and the record's id, e.g.
 * {@code clubs.club:42}), so its work counts where every activity counts (targets, dashboards) and
 * the module finds it again here and in {@code ActivityDone}. Attendance is the activity's
 * participants, kept by the platform.
 */
public interface ActivityCards {

    /**
     * Plans an activity at the station of {@code streetCode}. {@code type} is a platform activity
     * type name; a missing title, type or date, an unknown type or a street not of my stations is
     * refused with the reason (IllegalArgumentException).
     */
    ActivityCard plan(String moduleTag, String organiser, String title, String type, LocalDate heldOn, String streetCode);

    /** The activities with this organiser reference at my stations, newest first. */
    List<ActivityCard> organisedBy(String organiser);

    Optional<ActivityCard> activity(long activityId);

    /** Registers a resident of my stations as a participant (attendance); twice is once. */
    ActivityCard attend(long activityId, long residentId);

    /** Marks it done (a future one is refused with the reason); {@code ActivityDone} carries the organiser. */
    ActivityCard done(long activityId);
}
