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

    /** Why this reading needs a follow-up (the rule and its figures), or empty if it is within the limits. */
    public Optional<Breach> breach(HealthMeasure measure, BigDecimal value, BigDecimal second) {
        return switch (measure) {
            case BLOOD_PRESSURE -> {
                if (value.compareTo(systolicHigh) >= 0) {
                    yield Optional.of(new Breach(Breach.Rule.SYSTOLIC_HIGH, plain(value), plain(systolicHigh)));
                }
                if (second != null && second.compareTo(diastolicHigh) >= 0) {
                    yield Optional.of(new Breach(Breach.Rule.DIASTOLIC_HIGH, plain(second), plain(diastolicHigh)));
                }
                yield Optional.empty();
            }
            case BLOOD_GLUCOSE -> value.compareTo(glucoseHigh) >= 0
                    ? Optional.of(new Breach(Breach.Rule.GLUCOSE_HIGH, plain(value), plain(glucoseHigh)))
                    : Optional.empty();
            case HEART_RATE -> value.compareTo(heartRateHigh) >= 0
                    ? Optional.of(new Breach(Breach.Rule.HEART_RATE_HIGH, plain(value), plain(heartRateHigh)))
                    : value.compareTo(heartRateLow) <= 0
                    ? Optional.of(new Breach(Breach.Rule.HEART_RATE_LOW, plain(value), plain(heartRateLow)))
                    : Optional.empty();
            case WEIGHT -> Optional.empty();
        };
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
