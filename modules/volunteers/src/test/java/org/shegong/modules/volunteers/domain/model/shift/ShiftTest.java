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

    /** The bundle key of the refusal the call gives (said in the reader's language on pages and in the API). */
    private static String refused(org.junit.jupiter.api.function.Executable call) {
        return assertThrows(org.shegong.platform.api.records.Refusal.class, call).key();
    }
}
