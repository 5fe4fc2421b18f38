package org.shegong.platform.it.probe;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.shegong.platform.api.tenancy.TenantId;

/** What the probe's counters answer, per tenant, metric name and street: set by the test. */
public final class ProbeFigures {

    private static final Map<String, Long> FIGURES = new ConcurrentHashMap<>();

    private ProbeFigures() {
    }

    public static void set(TenantId tenant, String name, String street, long value) {
        FIGURES.put(tenant.value() + "/" + name + "/" + street, value);
    }

    static Map<String, Long> of(TenantId tenant, String name, Set<String> streets) {
        Map<String, Long> answer = new HashMap<>();
        for (String street : streets) {
            Long value = FIGURES.get(tenant.value() + "/" + name + "/" + street);
            if (value != null) {
                answer.put(street, value);
            }
        }
        return answer;
    }
}
