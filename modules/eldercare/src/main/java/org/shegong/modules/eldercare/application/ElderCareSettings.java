package org.shegong.modules.eldercare.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shegong.modules.eldercare.domain.model.health.HealthThresholds;

/** The module's configuration, all under {@code module.eldercare.*} (see the module's README). */
@ApplicationScoped
public class ElderCareSettings {

    @Inject
    @ConfigProperty(name = "module.eldercare.threshold.systolic-high", defaultValue = "160")
    BigDecimal systolicHigh;

    @Inject
    @ConfigProperty(name = "module.eldercare.threshold.diastolic-high", defaultValue = "100")
    BigDecimal diastolicHigh;

    @Inject
    @ConfigProperty(name = "module.eldercare.threshold.glucose-high", defaultValue = "11.1")
    BigDecimal glucoseHigh;

    @Inject
    @ConfigProperty(name = "module.eldercare.threshold.heart-rate-high", defaultValue = "100")
    BigDecimal heartRateHigh;

    @Inject
    @ConfigProperty(name = "module.eldercare.threshold.heart-rate-low", defaultValue = "50")
    BigDecimal heartRateLow;

    @Inject
    @ConfigProperty(name = "module.eldercare.referral.sla-days", defaultValue = "7")
    int referralSlaDays;

    @Inject
    @ConfigProperty(name = "module.eldercare.due-horizon-days", defaultValue = "7")
    int dueHorizonDays;

    public HealthThresholds thresholds() {
        return new HealthThresholds(systolicHigh, diastolicHigh, glucoseHigh, heartRateHigh, heartRateLow);
    }

    public int referralSlaDays() {
        return referralSlaDays;
    }

    public int dueHorizonDays() {
        return dueHorizonDays;
    }
}
