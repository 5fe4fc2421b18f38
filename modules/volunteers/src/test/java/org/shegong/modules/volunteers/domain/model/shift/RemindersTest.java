package org.shegong.modules.volunteers.domain.model.shift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RemindersTest {

    static final Instant NOW = Instant.parse("2026-06-01T01:00:00Z");

    static Shift at(Duration fromNow) {
        return new Shift("助老探访", null, "140106005000", null, 2, NOW.plus(fromNow), NOW.plus(fromNow).plus(Duration.ofHours(2)),
                Duration.ofMinutes(10));
    }

    @Test
    void theNextShiftWithAPlaceWithinFortyEightHoursIsReminded() {
        Shift started = at(Duration.ofMinutes(-5));
        Shift waiting = at(Duration.ofHours(1));
        Shift cancelled = at(Duration.ofHours(2));
        Shift tomorrow = at(Duration.ofHours(20));
        Shift soon = at(Duration.ofHours(3));
        Shift edge = at(Duration.ofHours(48));
        Map<Shift, SignUpStatus> mine = new LinkedHashMap<>();
        mine.put(started, SignUpStatus.CONFIRMED);
        mine.put(waiting, SignUpStatus.WAITING);
        mine.put(cancelled, SignUpStatus.CANCELLED);
        mine.put(tomorrow, SignUpStatus.CONFIRMED);
        mine.put(soon, SignUpStatus.CONFIRMED);
        mine.put(edge, SignUpStatus.CONFIRMED);
        assertEquals(Optional.of(soon), Reminders.nextShift(NOW, mine));
        assertEquals(Optional.of(edge), Reminders.nextShift(NOW, Map.of(edge, SignUpStatus.CONFIRMED)), "48 hours ahead is within");
        assertTrue(Reminders.nextShift(NOW, Map.of(at(Duration.ofHours(48).plusMinutes(1)), SignUpStatus.CONFIRMED)).isEmpty());
        assertTrue(Reminders.nextShift(NOW, Map.of(waiting, SignUpStatus.WAITING)).isEmpty());
    }

    @Test
    void unconfirmedMinutesAddUp() {
        assertEquals(95, Reminders.awaitingMinutes(List.of(40L, 55L)));
        assertEquals(0, Reminders.awaitingMinutes(List.of()));
    }
}
