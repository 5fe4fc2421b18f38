package org.shegong.platform.api.module;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * Counts a metric for the current tenant at each of the given streets' stations, in one call: the
 * answer has a figure per street code (a street with nothing to count may be left out and means 0).
 * The period is {@code from}..{@code to}, both inclusive; a snapshot counts on {@code to}.
 */
@FunctionalInterface
public interface MetricCounter {

    Map<String, Long> countPerStreet(Set<String> streetCodes, LocalDate from, LocalDate to);
}
