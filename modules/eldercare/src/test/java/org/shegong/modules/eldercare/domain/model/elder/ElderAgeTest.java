package org.shegong.modules.eldercare.domain.model.elder;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shegong.platform.api.records.Refusal;

class ElderAgeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void anElderFromTheSixtiethBirthdayOn() {
        assertDoesNotThrow(() -> ElderProfile.checkIsElder(LocalDate.of(1966, 12, 3), TODAY));
        assertDoesNotThrow(() -> ElderProfile.checkIsElder(LocalDate.of(1940, 1, 1), TODAY));
        Refusal undated = assertThrows(Refusal.class, () -> ElderProfile.checkIsElder(null, TODAY), "no birth date on record: asked for first");
        assertEquals("eldercare.refused.birthDateNeeded", undated.key());
        Refusal day = assertThrows(Refusal.class, () -> ElderProfile.checkIsElder(LocalDate.of(1966, 12, 4), TODAY));
        assertEquals("eldercare.refused.notAnElder", day.key());
        assertEquals(List.of(59, 60), day.args(), "the age said, and from when");
        Refusal child = assertThrows(Refusal.class, () -> ElderProfile.checkIsElder(LocalDate.of(2019, 7, 19), TODAY));
        assertEquals(List.of(7, 60), child.args());
    }
}
