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
    void theReasonIsTheRuleAndItsFiguresNotASentence() {
        Breach systolic = LIMITS.breach(HealthMeasure.BLOOD_PRESSURE, new BigDecimal("172"), new BigDecimal("95")).orElseThrow();
        assertEquals(new Breach(Breach.Rule.SYSTOLIC_HIGH, "172", "160"), systolic);
        assertEquals(new Breach(Breach.Rule.DIASTOLIC_HIGH, "105", "100"),
                LIMITS.breach(HealthMeasure.BLOOD_PRESSURE, new BigDecimal("150"), new BigDecimal("105.0")).orElseThrow());
        assertEquals(Breach.Rule.HEART_RATE_LOW, LIMITS.breach(HealthMeasure.HEART_RATE, new BigDecimal("45"), null).orElseThrow().rule());
    }

    /** Each rule's sentence in both bundles, with the figures and nothing of the other language (issue 15). */
    @Test
    void eachRuleIsSaidInTheReadersLanguage() {
        for (Breach.Rule rule : Breach.Rule.values()) {
            String zh = java.text.MessageFormat.format(bundle(java.util.Locale.SIMPLIFIED_CHINESE).getString(rule.key()), "172", "160");
            String en = java.text.MessageFormat.format(bundle(java.util.Locale.ENGLISH).getString(rule.key()), "172", "160");
            assertTrue(zh.contains("172") && zh.contains("160") && zh.matches(".*\\p{IsHan}.*"), zh);
            assertTrue(en.contains("172") && en.contains("160") && !en.matches(".*\\p{IsHan}.*"), en);
        }
    }

    static java.util.ResourceBundle bundle(java.util.Locale locale) {
        return java.util.ResourceBundle.getBundle("org.shegong.modules.eldercare.messages", locale,
                java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
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
        FollowUpTask task = new FollowUpTask(reading, "王秀英", LIMITS.breach(reading.getMeasure(), reading.getValue(), reading.getSecondValue()).orElseThrow(), "laojunying.worker");
        assertTrue(task.isOpen());
        assertThrows(IllegalArgumentException.class, () -> task.close("  ", "lead", Instant.EPOCH));
        assertThrows(IllegalArgumentException.class, () -> task.close(null, "lead", Instant.EPOCH));
        assertTrue(task.isOpen(), "a refused close changes nothing");
        assertNull(task.getClosedBy());

        task.recordAnother(reading, new Breach(Breach.Rule.SYSTOLIC_HIGH, "175", "160"));
        assertEquals(java.util.Optional.of(new Breach(Breach.Rule.SYSTOLIC_HIGH, "175", "160")), task.getBreach(), "the latest reading's rule");
        assertEquals(2, task.getReadingsOver());
        task.close("已陪同就医，调整用药", "laojunying.lead", Instant.EPOCH);
        assertFalse(task.isOpen());
        assertEquals("laojunying.lead", task.getClosedBy());
        assertThrows(IllegalArgumentException.class, () -> task.close("再次关闭", "x", Instant.EPOCH));
        assertThrows(IllegalStateException.class, () -> task.recordAnother(reading, new Breach(Breach.Rule.SYSTOLIC_HIGH, "1", "1")));
    }
}
