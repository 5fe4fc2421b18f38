package org.shegong.platform.domain.model.contract;

import java.util.regex.Pattern;

/**
 * What a contract target counts: a metric code, e.g. the platform's own {@code activities} or a
 * module's {@code eldercare.visits-done}, {@code childprotection.cases}. Metrics are declared by the
 * platform and by modules (whose codes are always {@code <module>.<name>}), so this is an open
 * code, not an enum; a target on a metric no installed module counts is kept and shown as not counted.
 */
public record Metric(String code) {

    private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9.-]{1,62}");

    public static final Metric ACTIVITIES = new Metric("activities");

    public Metric {
        if (code == null || !SHAPE.matcher(code).matches()) {
            throw new IllegalArgumentException("a metric code is lower-case letters, digits, '.' or '-': " + code);
        }
    }
}
