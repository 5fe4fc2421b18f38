package org.shegong.modules.eldercare.domain.model.health;

import org.shegong.platform.api.records.Refusal;
import java.math.BigDecimal;

/**
 * What a station measures at the door, with its unit and the range a real measurement falls in
 * (anything outside is a typing slip, refused rather than stored).
 */
public enum HealthMeasure {
    /** 血压: systolic / diastolic, mmHg */
    BLOOD_PRESSURE("血压", "mmHg", "50", "300", "30", "200"),
    /** 血糖, mmol/L */
    BLOOD_GLUCOSE("血糖", "mmol/L", "1", "40", null, null),
    /** 体重, kg */
    WEIGHT("体重", "kg", "20", "250", null, null),
    /** 心率, beats per minute */
    HEART_RATE("心率", "次/分", "20", "250", null, null);

    private final String label;
    private final String unit;
    private final BigDecimal min;
    private final BigDecimal max;
    private final BigDecimal secondMin;
    private final BigDecimal secondMax;

    HealthMeasure(String label, String unit, String min, String max, String secondMin, String secondMax) {
        this.label = label;
        this.unit = unit;
        this.min = new BigDecimal(min);
        this.max = new BigDecimal(max);
        this.secondMin = secondMin == null ? null : new BigDecimal(secondMin);
        this.secondMax = secondMax == null ? null : new BigDecimal(secondMax);
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    /** Blood pressure has two values (systolic, diastolic); the others one. */
    public boolean hasSecondValue() {
        return secondMin != null;
    }

    void check(BigDecimal value, BigDecimal second) {
        if (value == null) {
            throw new Refusal("eldercare.refused.readingMissing", new Refusal.Label("measure." + name()));
        }
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new Refusal("eldercare.refused.readingRange", new Refusal.Label("measure." + name()),
                    min.toPlainString(), max.toPlainString(), unit, value.toPlainString());
        }
        if (hasSecondValue()) {
            if (second == null) {
                throw new Refusal("eldercare.refused.diastolicMissing");
            }
            if (second.compareTo(secondMin) < 0 || second.compareTo(secondMax) > 0) {
                throw new Refusal("eldercare.refused.diastolicRange", secondMin.toPlainString(), secondMax.toPlainString(),
                        second.toPlainString());
            }
            if (second.compareTo(value) >= 0) {
                throw new Refusal("eldercare.refused.diastolicAboveSystolic");
            }
        } else if (second != null) {
            throw new Refusal("eldercare.refused.oneValueOnly", new Refusal.Label("measure." + name()));
        }
    }
}
