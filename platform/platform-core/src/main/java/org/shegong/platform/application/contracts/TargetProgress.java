package org.shegong.platform.application.contracts;

import java.time.LocalDate;
import org.shegong.platform.domain.model.contract.Pace;

/**
 * How far a contract target is in the current contract year. {@code counted} is null when no
 * module the operator has on counts that metric; {@code expectedByNow} is the steady pace by today
 * ({@link Pace}).
 */
public record TargetProgress(String metric, int perYear, Long counted, LocalDate yearStarts, LocalDate yearEnds,
                             int percentOfTarget, int percentOfYearElapsed, long expectedByNow) {

    public boolean isCounted() {
        return counted != null;
    }

    /** Behind when under 80 % of the steady pace is done ({@link Pace#isBehind}, the one rule). */
    public boolean isBehind() {
        return counted != null && Pace.isBehind(counted, expectedByNow);
    }

    /** What is done as a percent of the steady pace by today. */
    public int percentOfPace() {
        return counted == null ? 0 : Pace.percentOfPace(counted, expectedByNow);
    }
}
