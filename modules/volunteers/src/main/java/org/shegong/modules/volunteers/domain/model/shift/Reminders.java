package org.shegong.modules.volunteers.domain.model.shift;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the volunteer's page reminds them of: the next shift they hold a place on (not waiting, not
 * cancelled) that starts within the next 48 hours — one already started is no longer "next" —
 * and the minutes they served that the station has not confirmed yet.
 */
public final class Reminders {

    /** How far ahead a shift is worth a reminder. */
    public static final Duration AHEAD = Duration.ofHours(48);

    private Reminders() {
    }

    /** The earliest shift of mine with a confirmed place starting in (now, now + 48 h]. */
    public static Optional<Shift> nextShift(Instant now, Map<Shift, SignUpStatus> myShifts) {
        Instant until = now.plus(AHEAD);
        return myShifts.entrySet().stream().filter(e -> e.getValue() == SignUpStatus.CONFIRMED).map(Map.Entry::getKey)
                .filter(s -> s.getStartsAt().isAfter(now) && !s.getStartsAt().isAfter(until))
                .min(Comparator.comparing(Shift::getStartsAt));
    }

    /** Minutes served and not yet confirmed, from the minutes of each unconfirmed attendance. */
    public static long awaitingMinutes(List<Long> unconfirmedMinutes) {
        return unconfirmedMinutes.stream().mapToLong(Long::longValue).sum();
    }
}
