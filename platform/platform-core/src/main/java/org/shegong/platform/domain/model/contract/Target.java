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

    /** The most a yearly count target may be; a share's is 100 (percent). */
    public static final int MOST = 1_000_000;

    /**
     * A yearly figure as agreed for a new contract: at least 1 — a target of 0 agrees nothing, so no
     * figure is left blank instead —, at most {@link #MOST}, and a share (a ratio, measured in percent)
     * at most 100. {@code label} names the metric in the reason (e.g. a {@code Refusal.Label}).
     */
    public static Target agreed(Metric metric, int perYear, boolean share, Object label) {
        if (perYear < 1 || perYear > MOST) {
            throw new org.shegong.platform.api.records.Refusal("contract.refused.target", label);
        }
        if (share && perYear > 100) {
            throw new org.shegong.platform.api.records.Refusal("contract.refused.sharePercent", label, perYear);
        }
        return new Target(metric, perYear);
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
