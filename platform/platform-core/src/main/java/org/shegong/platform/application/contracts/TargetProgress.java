package org.shegong.platform.application.contracts;

import java.time.LocalDate;

/**
 * How far a contract target is in the current contract year. {@code counted} is null when no
 * module the operator has on counts that metric: such a target is "not counted" on every page
 * (no percentage, never behind), never a 0 %. {@code expectedByNow} is what the steady pace
 * ({@link org.shegong.platform.domain.model.contract.ContractPace}) asks for by today, and
 * {@code behindPace} its verdict on the count.
 */
public record TargetProgress(String metric, int perYear, Long counted, LocalDate yearStarts, LocalDate yearEnds,
                             int percentOfTarget, int percentOfYearElapsed, int expectedByNow, boolean behindPace) {

    public boolean isCounted() {
        return counted != null;
    }

    /** Behind when the count is under 80 % of the steady pace (see {@code ContractPace.isBehind}). */
    public boolean isBehind() {
        return counted != null && behindPace;
    }
}
