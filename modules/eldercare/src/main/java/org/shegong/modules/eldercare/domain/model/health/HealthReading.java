package org.shegong.modules.eldercare.domain.model.health;

import org.shegong.platform.api.records.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;
import org.shegong.modules.eldercare.domain.model.ElderRecord;

/**
 * One measurement of an elder's health (持续追踪健康状况).
 *
 * <p>Invariants: the values lie in the measure's plausible range (blood pressure: diastolic below
 * systolic); it was taken no later than when it is recorded.
 */
@Entity
@Table(name = "elder_health_reading")
public class HealthReading extends ElderRecord {

    @Enumerated(EnumType.STRING)
    @Column(name = "measure", nullable = false, length = 30)
    private HealthMeasure measure;

    @Column(name = "reading_value", nullable = false, precision = 7, scale = 2)
    private BigDecimal value;

    @Column(name = "second_value", precision = 7, scale = 2)
    private BigDecimal secondValue;

    @Column(name = "measured_at", nullable = false)
    private LocalDateTime measuredAt;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    protected HealthReading() {
    }

    public HealthReading(long residentId, String streetCode, HealthMeasure measure, BigDecimal value,
                         BigDecimal secondValue, LocalDateTime measuredAt, String recordedBy, LocalDateTime now) {
        super(residentId, streetCode);
        if (measure == null) {
            throw new Refusal("eldercare.refused.measure");
        }
        measure.check(value, secondValue);
        if (measuredAt == null) {
            throw new Refusal("eldercare.refused.measuredAt");
        }
        if (measuredAt.isAfter(now.plusMinutes(5))) {
            throw new Refusal("eldercare.refused.measuredInFuture");
        }
        this.measure = measure;
        this.value = value;
        this.secondValue = secondValue;
        this.measuredAt = measuredAt;
        this.recordedBy = Objects.requireNonNull(recordedBy);
    }



    public HealthMeasure getMeasure() {
        return measure;
    }

    public BigDecimal getValue() {
        return value;
    }

    public BigDecimal getSecondValue() {
        return secondValue;
    }

    public LocalDateTime getMeasuredAt() {
        return measuredAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    /** As people read it: {@code 165/95 mmHg}. */
    public String display() {
        return value.stripTrailingZeros().toPlainString()
                + (secondValue == null ? "" : "/" + secondValue.stripTrailingZeros().toPlainString()) + " " + measure.unit();
    }
}
