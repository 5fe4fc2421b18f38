package org.shegong.platform.domain.model.resident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shegong.platform.api.records.Refusal;

/** The registration date (建档日期): required, not after today, not before 2000, and a refused date changes nothing. */
class ResidentRegisteredOnTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @Test
    void aDayFrom2000UpToTodayIsTaken() {
        Resident r = new Resident();
        r.registeredOn(LocalDate.of(2000, 1, 1), TODAY);
        assertEquals(LocalDate.of(2000, 1, 1), r.getRegisteredOn());
        r.registeredOn(TODAY, TODAY);
        assertEquals(TODAY, r.getRegisteredOn());
    }

    @Test
    void noneIsRefusedAndKeepsTheDateOnFile() {
        Resident r = new Resident();
        r.registeredOn(LocalDate.of(2024, 3, 1), TODAY);
        Refusal refusal = assertThrows(Refusal.class, () -> r.registeredOn(null, TODAY));
        assertEquals("resident.refused.registeredOnRequired", refusal.key());
        assertEquals(LocalDate.of(2024, 3, 1), r.getRegisteredOn());
    }

    @Test
    void tomorrowAndBefore2000AreRefusedWithTheDate() {
        Resident r = new Resident();
        Refusal future = assertThrows(Refusal.class, () -> r.registeredOn(TODAY.plusDays(1), TODAY));
        assertEquals("resident.refused.registeredOnRange", future.key());
        assertEquals(List.of("2026-12-05"), future.args());
        Refusal early = assertThrows(Refusal.class, () -> r.registeredOn(LocalDate.of(1999, 12, 31), TODAY));
        assertEquals(List.of("1999-12-31"), early.args());
        assertEquals(null, r.getRegisteredOn());
    }

    @Test
    void plausibleIsTheSameRuleForAnImportsCheck() {
        assertTrue(Resident.isPlausibleRegistrationDate(Resident.EARLIEST_REGISTRATION, TODAY));
        assertFalse(Resident.isPlausibleRegistrationDate(Resident.EARLIEST_REGISTRATION.minusDays(1), TODAY));
        assertFalse(Resident.isPlausibleRegistrationDate(TODAY.plusDays(1), TODAY));
    }
}
