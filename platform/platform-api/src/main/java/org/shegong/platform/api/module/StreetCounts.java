package org.shegong.platform.api.module;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of a JPQL "select street code, count(…) … group by street code" as a
 * {@link MetricCounter}'s answer: one query per metric, however many streets are asked for.
 */
public final class StreetCounts {

    private StreetCounts() {
    }

    public static Map<String, Long> of(List<Object[]> rows) {
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.merge((String) row[0], ((Number) row[1]).longValue(), Long::sum);
        }
        return counts;
    }

    /** The rows of "select street code, year, month, count(…) … group by street code, year, month". */
    public static Map<String, Map<java.time.YearMonth, Long>> ofMonths(List<Object[]> rows) {
        Map<String, Map<java.time.YearMonth, Long>> counts = new java.util.TreeMap<>();
        for (Object[] row : rows) {
            java.time.YearMonth month = java.time.YearMonth.of(((Number) row[1]).intValue(), ((Number) row[2]).intValue());
            counts.computeIfAbsent((String) row[0], k -> new java.util.TreeMap<>())
                    .merge(month, ((Number) row[3]).longValue(), Long::sum);
        }
        return counts;
    }
}
