package org.shegong.platform.api.module;

/**
 * What a metric's number is, which decides how figures of several streets add up into a district,
 * a city or the province. Dashboards never average: they add the parts and recompute.
 */
public enum MetricKind {
    /** How many things happened in the period (activities done, visits made): streets add up. */
    EVENTS_IN_PERIOD,
    /**
     * How many different persons something happened to in the period. A person is counted at the
     * street of the station that served them, so streets add up; a person served by two stations in
     * one period is counted at each, which makes a region's sum an upper bound of the truly distinct
     * persons (the platform never sees identities across streets to do better).
     */
    DISTINCT_PERSONS_IN_PERIOD,
    /** How many there are on a date (the period's last day), e.g. elders on the register: streets add up. */
    SNAPSHOT_AT_DATE,
    /**
     * One count over another, e.g. elders reached by anti-fraud education over elders on the register.
     * It has no counter of its own: a region's ratio is the sum of the numerators over the sum of the
     * denominators, never the mean of the streets' ratios.
     */
    RATIO
}
