package org.shegong.modules.volunteers.domain.model.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.shegong.modules.volunteers.domain.model.shift.Shift;

class AttendanceTest {

    static final Instant NINE = Instant.parse("2026-06-01T01:00:00Z");
    final Shift shift = new Shift("助老探访", null, "140106005000", null, 5, NINE, NINE.plus(Duration.ofHours(3)), null);

    @Test
    void hoursAreTheCheckedInTimeCappedByTheShift() {
        assertEquals(180, ServiceHours.minutes(NINE, NINE.plus(Duration.ofHours(3)), NINE.minusSeconds(3600),
                NINE.plus(Duration.ofHours(5))), "early and late do not count");
        assertEquals(90, ServiceHours.minutes(NINE, NINE.plus(Duration.ofHours(3)), NINE.plus(Duration.ofMinutes(30)),
                NINE.plus(Duration.ofMinutes(120))));
        assertEquals(0, ServiceHours.minutes(NINE, NINE.plus(Duration.ofHours(3)), NINE.plus(Duration.ofHours(4)),
                NINE.plus(Duration.ofHours(5))), "never negative");
        assertEquals(0, ServiceHours.minutes(NINE, NINE.plus(Duration.ofHours(3)), NINE, null));
    }

    @Test
    void checkOutThenConfirmOnceAndACorrectionKeepsWhoAndWhy() {
        Attendance a = new Attendance(1, "140106005000", 7, NINE.minusSeconds(600));
        assertThrows(IllegalArgumentException.class, () -> a.confirm("lead", NINE), "not checked out yet");
        a.checkOut(shift, NINE.plus(Duration.ofMinutes(100)));
        assertEquals(100, a.getMinutes());
        assertThrows(CheckInRefused.class, () -> a.checkOut(shift, NINE.plus(Duration.ofMinutes(120))));

        AttendanceCorrection c = a.correct(shift, 120, "  忘记签退 ", "laojunying.lead");
        assertEquals(100, c.getFromMinutes());
        assertEquals(120, c.getToMinutes());
        assertEquals("忘记签退", c.getReason());
        assertEquals("laojunying.lead", c.getCorrectedBy());
        assertEquals(120, a.getMinutes());
        org.shegong.platform.api.records.Refusal tooMany = assertThrows(org.shegong.platform.api.records.Refusal.class,
                () -> a.correct(shift, 181, "多记", "x"));
        assertEquals("volunteers.refused.minutesRange", tooMany.key(), "not more than the shift");
        assertEquals(java.util.List.of(180L), tooMany.args());
        assertThrows(IllegalArgumentException.class, () -> a.correct(shift, 60, " ", "x"), "a reason is required");

        a.confirm("laojunying.lead", NINE.plus(Duration.ofHours(4)));
        assertEquals(AttendanceStatus.CONFIRMED, a.getStatus());
        assertThrows(IllegalArgumentException.class, () -> a.confirm("laojunying.lead", NINE));
        assertThrows(IllegalArgumentException.class, () -> a.correct(shift, 60, "again", "x"));
    }
}
