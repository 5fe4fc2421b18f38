package org.shegong.modules.childprotection.domain.model.casework;

import java.time.Instant;
import java.util.Objects;

/**
 * One step of a case as the case reports it; the service keeps it in the case history. The note is what the
 * person typed for this step (or a code the step names, see {@link CaseStep#noteLabelKey()}); an intake or an
 * assessment also carries the risk level it set, beside the note, so the note is never replaced by it.
 */
public record Step(StepKind kind, String actor, Instant at, String note, RiskLevel risk) {

    public Step {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
    }

    /** A step that sets no risk level. */
    public Step(StepKind kind, String actor, Instant at, String note) {
        this(kind, actor, at, note, null);
    }
}
