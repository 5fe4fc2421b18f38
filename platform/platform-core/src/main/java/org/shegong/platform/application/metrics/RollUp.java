package org.shegong.platform.application.metrics;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.shegong.platform.api.module.MetricKind;

/**
 * The arithmetic that turns streets' figures into a district's, a city's or the province's. Every
 * kind adds up street by street: events and snapshots because each happened or exists at one
 * street; distinct persons because a person is counted at the station that served them (a person
 * served by two streets in the period counts at both, so a region's figure is an upper bound);
 * ratios part by part, then divided once.
 */
public final class RollUp {

    private RollUp() {
    }

    /** The sum of streets' figures of one metric; an empty region has a zero figure. */
    public static Figure total(MetricKind kind, Collection<Figure> streets) {
        Figure sum = kind == MetricKind.RATIO ? Figure.ratio(0, 0) : Figure.count(kind, 0);
        for (Figure street : streets) {
            sum = sum.plus(street);
        }
        return sum;
    }

    /** A count metric's answer for each asked street; a street the counter left out counted nothing. */
    public static Map<String, Figure> counts(MetricKind kind, Set<String> streets, Map<String, Long> counted) {
        Map<String, Figure> figures = new TreeMap<>();
        for (String street : streets) {
            figures.put(street, Figure.count(kind, counted.getOrDefault(street, 0L)));
        }
        return figures;
    }

    /** A ratio per street from its two parts' answers. */
    public static Map<String, Figure> ratios(Set<String> streets, Map<String, Long> numerators, Map<String, Long> denominators) {
        Map<String, Figure> figures = new TreeMap<>();
        for (String street : streets) {
            figures.put(street, Figure.ratio(numerators.getOrDefault(street, 0L), denominators.getOrDefault(street, 0L)));
        }
        return figures;
    }
}
