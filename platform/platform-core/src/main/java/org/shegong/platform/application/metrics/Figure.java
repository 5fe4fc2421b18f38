package org.shegong.platform.application.metrics;

import org.shegong.platform.api.module.MetricKind;

/**
 * One metric's figure for a street or a region. A count carries its number; a ratio carries its
 * two parts, so figures of several streets add up part by part and the ratio is recomputed from
 * the sums — a region's share is never the mean of its streets' shares.
 */
public record Figure(MetricKind kind, long count, long denominator) {

    public Figure {
        if (count < 0 || denominator < 0) {
            throw new IllegalArgumentException("a figure is never negative");
        }
        if (kind != MetricKind.RATIO && denominator != 0) {
            throw new IllegalArgumentException("only a ratio has a denominator");
        }
    }

    public static Figure count(MetricKind kind, long count) {
        return new Figure(kind, count, 0);
    }

    public static Figure ratio(long numerator, long denominator) {
        return new Figure(MetricKind.RATIO, numerator, denominator);
    }

    public boolean isRatio() {
        return kind == MetricKind.RATIO;
    }

    /** Two streets' figures as one: counts add up, and so do both parts of a ratio. */
    public Figure plus(Figure other) {
        if (other.kind != kind) {
            throw new IllegalArgumentException("cannot add a " + other.kind + " to a " + kind);
        }
        return new Figure(kind, count + other.count, denominator + other.denominator);
    }

    /**
     * The number shown and measured against a target: the count, or a ratio as a whole percent
     * (rounded down; 0 when nothing is in the denominator).
     */
    public long value() {
        if (!isRatio()) {
            return count;
        }
        return denominator == 0 ? 0 : count * 100 / denominator;
    }
}
