package org.shegong.platform.application.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.shegong.platform.api.module.MetricDefinition;
import org.shegong.platform.application.modules.ModuleRegistry;
import org.shegong.platform.application.tenancy.TenantContext;

/**
 * The figures of the metrics that the current tenant's modules count, per street for a period in
 * one call per metric (two for a ratio), and their sum over streets. What a dashboard or a contract
 * target reads; empty when no module the tenant has on counts that metric.
 */
@ApplicationScoped
public class MetricFigures {

    @Inject
    ModuleRegistry modules;

    @Inject
    TenantContext tenantContext;

    public Optional<Map<String, Figure>> perStreet(String code, Set<String> streets, LocalDate from, LocalDate to) {
        Map<String, MetricDefinition> metrics = modules.metricsFor(Optional.of(tenantContext.require()));
        return Optional.ofNullable(metrics.get(code)).flatMap(metric -> perStreet(metrics, metric, streets, from, to));
    }

    public Optional<Figure> total(String code, Set<String> streets, LocalDate from, LocalDate to) {
        Map<String, MetricDefinition> metrics = modules.metricsFor(Optional.of(tenantContext.require()));
        return Optional.ofNullable(metrics.get(code))
                .flatMap(metric -> perStreet(metrics, metric, streets, from, to).map(f -> RollUp.total(metric.kind(), f.values())));
    }

    /** A ratio whose part is not counted for this tenant (its module is off) is not counted either. */
    private static Optional<Map<String, Figure>> perStreet(Map<String, MetricDefinition> metrics, MetricDefinition metric,
                                                           Set<String> streets, LocalDate from, LocalDate to) {
        if (!metric.isRatio()) {
            return Optional.of(RollUp.counts(metric.kind(), streets, metric.counter().countPerStreet(streets, from, to)));
        }
        MetricDefinition numerator = metrics.get(metric.numerator());
        MetricDefinition denominator = metrics.get(metric.denominator());
        if (numerator == null || denominator == null) {
            return Optional.empty();
        }
        return Optional.of(RollUp.ratios(streets, numerator.counter().countPerStreet(streets, from, to),
                denominator.counter().countPerStreet(streets, from, to)));
    }
}
