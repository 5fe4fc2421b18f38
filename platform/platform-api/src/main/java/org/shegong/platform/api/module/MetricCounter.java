package org.shegong.platform.api.module;

import java.time.LocalDate;
import java.util.Set;

/** Counts a metric for the current tenant, at the stations of the given streets, within a period. */
@FunctionalInterface
public interface MetricCounter {

    long count(Set<String> streetCodes, LocalDate from, LocalDate to);
}
