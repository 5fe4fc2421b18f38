package org.shegong.modules.volunteers.domain.model.shift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShiftTest {

    static final Instant NINE = Instant.parse("2026-06-01T01:00:00Z");

    final Shift shift = new Shift("助老探访", null, "140106005000", null, 2, NINE, NINE.plus(Duration.ofHours(3)),
            Duration.ofMinutes(15));
    final List<SignUp> signUps = new ArrayList<>();

    SignUp signUp(long volunteer) {
        SignUp s = new SignUp(1, volunteer, shift.placeFor(signUps), signUps.size());
        signUps.add(s);
        return s;
    }

    @Test
    void spotsFillThenPeopleWaitAndTheFirstWaitingMovesUpWhenAConfirmedOneCancels() {
        SignUp a = signUp(1);
        SignUp b = signUp(2);
        SignUp c = signUp(3);
        SignUp d = signUp(4);
        assertEquals(List.of(SignUpStatus.CONFIRMED, SignUpStatus.CONFIRMED, SignUpStatus.WAITING, SignUpStatus.WAITING),
                signUps.stream().map(SignUp::getStatus).toList());

        assertSame(c, shift.cancel(a, signUps).orElseThrow(), "the first one waiting moves up, not the last");
        assertEquals(SignUpStatus.CANCELLED, a.getStatus());
        assertEquals(SignUpStatus.CONFIRMED, c.getStatus());
        assertEquals(SignUpStatus.WAITING, d.getStatus());

        assertTrue(shift.cancel(d, signUps).isEmpty(), "a waiting place freed frees no spot");
        assertEquals(SignUpStatus.CONFIRMED, b.getStatus());
        assertThrows(IllegalArgumentException.class, () -> shift.cancel(a, signUps), "cancelled once only");
    }

    @Test
    void theWindowIncludesTheGraceOnBothSidesAndNothingBeyond() {
        assertTrue(shift.openAt(NINE.minus(Duration.ofMinutes(15))));
        assertTrue(shift.openAt(NINE.plus(Duration.ofHours(3)).plus(Duration.ofMinutes(15))));
        assertFalse(shift.openAt(NINE.minus(Duration.ofMinutes(16))));
        assertFalse(shift.openAt(NINE.plus(Duration.ofHours(3)).plus(Duration.ofMinutes(16))));
    }

    @Test
    void aShiftIsRefusedWithItsReason() {
        assertEquals("volunteers.refused.endsAfterStart", refused(() -> new Shift("x", null, "s", null, 1, NINE, NINE, null)));
        assertEquals("volunteers.refused.spotsRange", refused(() -> new Shift("x", null, "s", null, 0, NINE, NINE.plusSeconds(60), null)));
        assertEquals("volunteers.refused.enterRole", refused(() -> new Shift(" ", null, "s", null, 1, NINE, NINE.plusSeconds(60), null)));
        assertEquals("volunteers.refused.graceRange",
                refused(() -> new Shift("x", null, "s", null, 1, NINE, NINE.plusSeconds(60), Duration.ofHours(3))));
    }

    @Test
    void aShiftIsPublishedForWhatIsStillToComeNotForAWindowAlreadyOver() {
        Instant now = NINE.plus(Duration.ofDays(1));
        Instant past = Instant.parse("2020-01-01T01:00:00Z");
        assertEquals("volunteers.refused.publishOver", refused(() -> Shift.publish(now, "x", null, "s", null, 1, past,
                past.plus(Duration.ofHours(3)), null)), "2020-01-01 09:00–12:00 is over");
        assertEquals("volunteers.refused.publishOver", refused(() -> Shift.publish(now, "x", null, "s", null, 1,
                now.minus(Duration.ofHours(1)), now, null)), "ending this very moment is over too");
        assertEquals(now.plusSeconds(60), Shift.publish(now, "x", null, "s", null, 1, now.minus(Duration.ofMinutes(30)),
                now.plusSeconds(60), null).getEndsAt(), "one under way is published: its check-in is open");
        assertEquals(now.plus(Duration.ofDays(2)), Shift.publish(now, "x", null, "s", null, 1, now.plus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(2)), null).getEndsAt());
        assertEquals("volunteers.refused.endsAfterStart", refused(() -> Shift.publish(now, "x", null, "s", null, 1, past, past, null)),
                "the invariants first");
    }

    /** The bundle key of the refusal the call gives (said in the reader's language on pages and in the API). */
    private static String refused(org.junit.jupiter.api.function.Executable call) {
        return assertThrows(org.shegong.platform.api.records.Refusal.class, call).key();
    }
}
