package org.shegong.modules.eldercare.application;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.shegong.modules.eldercare.domain.model.health.HealthMeasure;

/** A measurement as recorded at the door; {@code secondValue} is the diastolic of a blood pressure. */
public record ReadingDetails(HealthMeasure measure, BigDecimal value, BigDecimal secondValue, LocalDateTime measuredAt) {
}
