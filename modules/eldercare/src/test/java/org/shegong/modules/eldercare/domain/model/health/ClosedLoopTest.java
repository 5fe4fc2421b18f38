package org.shegong.modules.eldercare.domain.model.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shegong.platform.api.records.Refusal;

class ClosedLoopTest {

    static final HealthThresholds LIMITS = new HealthThresholds(new BigDecimal("160"), new BigDecimal("100"),
            new BigDecimal("11.1"), new BigDecimal("100"), new BigDecimal("50"));
    static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 10, 9, 0);

    @ParameterizedTest
    @CsvSource({
            "BLOOD_PRESSURE,159,99,false", "BLOOD_PRESSURE,160,90,true", "BLOOD_PRESSURE,150,100,true",
            "BLOOD_GLUCOSE,11.0,,false", "BLOOD_GLUCOSE,11.1,,true",
            "HEART_RATE,99,,false", "HEART_RATE,100,,true", "HEART_RATE,51,,false", "HEART_RATE,50,,true",
            "WEIGHT,120,,false"})
    void aLimitIsReachedAtItsValue(HealthMeasure measure, BigDecimal value, BigDecimal second, boolean breached) {
        assertEquals(breached, LIMITS.breach(measure, value, second).isPresent());
    }

    @Test
    void theReasonSaysWhatWasOverInChineseFirst() {
        String reason = LIMITS.breach(HealthMeasure.BLOOD_PRESSURE, new BigDecimal("172"), new BigDecimal("95")).orElseThrow();
        assertTrue(reason.startsWith("收缩压 172 ≥ 160"), reason);
    }

    @ParameterizedTest
    @CsvSource({"BLOOD_PRESSURE,400,90", "BLOOD_PRESSURE,140,150", "BLOOD_PRESSURE,140,", "BLOOD_GLUCOSE,0.5,",
            "WEIGHT,500,", "HEART_RATE,10,", "HEART_RATE,70,60"})
    void implausibleValuesAreRefused(HealthMeasure measure, BigDecimal value, BigDecimal second) {
        Refusal e = assertThrows(Refusal.class,
                () -> new HealthReading(1, "140106005000", measure, value, second, NOW, "w", NOW));
        assertTrue(e.key().startsWith("eldercare.refused."), "a reason said from the module's bundle: " + e.key());
    }

    @Test
    void aReadingInTheFutureIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new HealthReading(1, "140106005000", HealthMeasure.WEIGHT,
                new BigDecimal("60"), null, NOW.plusHours(1), "w", NOW));
    }

    @Test
    void closingAFollowUpNeedsANoteAndHappensOnce() {
        HealthReading reading = new HealthReading(1, "140106005000", HealthMeasure.BLOOD_PRESSURE, new BigDecimal("170"),
                new BigDecimal("95"), NOW, "w", NOW);
        FollowUpTask task = new FollowUpTask(reading, "王秀英", "收缩压 170 ≥ 160", "laojunying.worker");
        assertTrue(task.isOpen());
        assertThrows(IllegalArgumentException.class, () -> task.close("  ", "lead", Instant.EPOCH));
        assertThrows(IllegalArgumentException.class, () -> task.close(null, "lead", Instant.EPOCH));
        assertTrue(task.isOpen(), "a refused close changes nothing");
        assertNull(task.getClosedBy());

        task.recordAnother(reading, "收缩压 175 ≥ 160");
        assertEquals(2, task.getReadingsOver());
        task.close("已陪同就医，调整用药", "laojunying.lead", Instant.EPOCH);
        assertFalse(task.isOpen());
        assertEquals("laojunying.lead", task.getClosedBy());
        assertThrows(IllegalArgumentException.class, () -> task.close("再次关闭", "x", Instant.EPOCH));
        assertThrows(IllegalStateException.class, () -> task.recordAnother(reading, "r"));
    }
}
