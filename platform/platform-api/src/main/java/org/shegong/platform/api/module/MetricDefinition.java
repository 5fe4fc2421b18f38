package org.shegong.platform.api.module;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A figure a module counts, e.g. {@code eldercare.visits-done}: what contract targets and the
 * dashboards are measured by. A module's codes are always {@code <module id>.<name>}. The counter
 * runs inside the tenant whose figure is asked for and answers per street (see {@link MetricCounter}).
 * A {@link MetricKind#RATIO} has no counter: it names the two count metrics it divides.
 *
 * <p>A <em>sensitive</em> figure counts children, cases or health follow-ups: wherever it leaves the
 * operator (civil-affairs dashboards, their exports and API), small counts are suppressed so that a
 * cell cannot point at a person. Mark it with {@link #asSensitive()}.
 */
public record MetricDefinition(String code, String labelKey, MetricKind kind, MetricCounter counter,
                               String numerator, String denominator, boolean sensitive) {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9.-]{1,62}");

    public MetricDefinition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(labelKey, "labelKey");
        Objects.requireNonNull(kind, "kind");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a metric code is lower-case letters, digits, '.' or '-': " + code);
        }
        if (kind == MetricKind.RATIO) {
            if (counter != null || numerator == null || denominator == null || numerator.equals(denominator)) {
                throw new IllegalArgumentException("a ratio names two different count metrics and counts nothing itself: " + code);
            }
        } else if (counter == null || numerator != null || denominator != null) {
            throw new IllegalArgumentException("a count metric has a counter and no parts: " + code);
        }
    }

    public MetricDefinition(String code, String labelKey, MetricKind kind, MetricCounter counter,
                            String numerator, String denominator) {
        this(code, labelKey, kind, counter, numerator, denominator, false);
    }

    /** The same figure, marked sensitive: small counts are suppressed outside the operator. */
    public MetricDefinition asSensitive() {
        return new MetricDefinition(code, labelKey, kind, counter, numerator, denominator, true);
    }

    public static MetricDefinition eventsInPeriod(String code, String labelKey, MetricCounter counter) {
        return new MetricDefinition(code, labelKey, MetricKind.EVENTS_IN_PERIOD, counter, null, null);
    }

    public static MetricDefinition distinctPersonsInPeriod(String code, String labelKey, MetricCounter counter) {
        return new MetricDefinition(code, labelKey, MetricKind.DISTINCT_PERSONS_IN_PERIOD, counter, null, null);
    }

    public static MetricDefinition snapshotAtDate(String code, String labelKey, MetricCounter counter) {
        return new MetricDefinition(code, labelKey, MetricKind.SNAPSHOT_AT_DATE, counter, null, null);
    }

    /** Numerator over denominator, both codes of count metrics (of any enabled module). */
    public static MetricDefinition ratio(String code, String labelKey, String numerator, String denominator) {
        return new MetricDefinition(code, labelKey, MetricKind.RATIO, null, numerator, denominator);
    }

    public boolean isRatio() {
        return kind == MetricKind.RATIO;
    }

    public Optional<MetricCounter> countsWith() {
        return Optional.ofNullable(counter);
    }
}
