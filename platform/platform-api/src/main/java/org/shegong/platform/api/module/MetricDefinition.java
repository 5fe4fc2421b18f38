package org.shegong.platform.api.module;

import java.util.Objects;

/**
 * A figure a module counts, e.g. {@code eldercare.visits-done}: what contract targets and the
 * dashboards are measured by. The counter runs inside the tenant whose figure is asked for.
 */
public record MetricDefinition(String code, String labelKey, MetricCounter counter) {

    public MetricDefinition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(counter, "counter");
    }
}
