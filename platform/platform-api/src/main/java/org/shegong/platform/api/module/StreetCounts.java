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
}
