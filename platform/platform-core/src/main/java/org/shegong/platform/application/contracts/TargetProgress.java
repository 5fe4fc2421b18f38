package org.shegong.platform.application.contracts;

import java.time.LocalDate;

/**
 * How far a contract target is in the current contract year. {@code counted} is null when no
 * module the operator has on counts that metric.
 */
public record TargetProgress(String metric, int perYear, Long counted, LocalDate yearStarts, LocalDate yearEnds,
                             int percentOfTarget, int percentOfYearElapsed) {

    public boolean isCounted() {
        return counted != null;
    }

    /** Behind when less of the target is done than of the year has passed. */
    public boolean isBehind() {
        return counted != null && percentOfTarget < percentOfYearElapsed;
    }
}
