package org.shegong.modules.childprotection.domain.model.casework;

import java.time.Instant;
import java.util.Objects;

/** One step of a case as the case reports it; the service keeps it in the case history. */
public record Step(StepKind kind, String actor, Instant at, String note) {

    public Step {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
    }
}
