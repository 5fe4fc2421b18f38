package org.shegong.platform.domain.model.contract;

import java.util.regex.Pattern;

/**
 * What a contract target counts, e.g. {@code activities}, {@code cases}, {@code volunteers},
 * {@code clubs}. Metrics are declared by the platform and by modules, so this is an open code,
 * not an enum.
 */
public record Metric(String code) {

    private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9.-]{1,62}");

    public static final Metric ACTIVITIES = new Metric("activities");
    public static final Metric CASES = new Metric("cases");
    public static final Metric VOLUNTEERS = new Metric("volunteers");
    public static final Metric CLUBS = new Metric("clubs");

    public Metric {
        if (code == null || !SHAPE.matcher(code).matches()) {
            throw new IllegalArgumentException("a metric code is lower-case letters, digits, '.' or '-': " + code);
        }
    }
}
