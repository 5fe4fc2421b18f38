package org.shegong.platform.domain.model.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A contracted figure (指标): how many of a metric the operator owes per contract year. */
@Embeddable
public class Target {

    @Column(name = "metric", nullable = false, length = 64)
    private String metric;

    @Column(name = "per_year", nullable = false)
    private int perYear;

    protected Target() {
    }

    public Target(Metric metric, int perYear) {
        if (perYear < 0) {
            throw new IllegalArgumentException("a target cannot be negative: " + metric.code() + " = " + perYear);
        }
        this.metric = metric.code();
        this.perYear = perYear;
    }

    public Metric getMetric() {
        return new Metric(metric);
    }

    public int getPerYear() {
        return perYear;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Target t && t.metric.equals(metric) && t.perYear == perYear;
    }

    @Override
    public int hashCode() {
        return metric.hashCode() * 31 + perYear;
    }
}
