package org.shegong.modules.eldercare.domain.model.health;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The limits beyond which a reading needs a person to follow it up (configured per deployment as
 * {@code module.eldercare.threshold.*}). A limit is reached at its value: systolic 160 is over
 * a systolic limit of 160.
 */
public record HealthThresholds(BigDecimal systolicHigh, BigDecimal diastolicHigh, BigDecimal glucoseHigh,
                               BigDecimal heartRateHigh, BigDecimal heartRateLow) {

    /** Why this reading needs a follow-up, or empty if it is within the limits. */
    public Optional<String> breach(HealthMeasure measure, BigDecimal value, BigDecimal second) {
        return switch (measure) {
            case BLOOD_PRESSURE -> {
                if (value.compareTo(systolicHigh) >= 0) {
                    yield Optional.of("收缩压 " + plain(value) + " ≥ " + plain(systolicHigh) + " mmHg / systolic at or over the limit");
                }
                if (second != null && second.compareTo(diastolicHigh) >= 0) {
                    yield Optional.of("舒张压 " + plain(second) + " ≥ " + plain(diastolicHigh) + " mmHg / diastolic at or over the limit");
                }
                yield Optional.empty();
            }
            case BLOOD_GLUCOSE -> value.compareTo(glucoseHigh) >= 0
                    ? Optional.of("血糖 " + plain(value) + " ≥ " + plain(glucoseHigh) + " mmol/L / glucose at or over the limit")
                    : Optional.empty();
            case HEART_RATE -> value.compareTo(heartRateHigh) >= 0
                    ? Optional.of("心率 " + plain(value) + " ≥ " + plain(heartRateHigh) + " / heart rate at or over the limit")
                    : value.compareTo(heartRateLow) <= 0
                    ? Optional.of("心率 " + plain(value) + " ≤ " + plain(heartRateLow) + " / heart rate at or under the limit")
                    : Optional.empty();
            case WEIGHT -> Optional.empty();
        };
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
