package org.shegong.modules.childprotection.domain.model.casework;

import java.time.Instant;

/** A deadline a case has now, and whether it is past at a given time. */
public record Deadline(DeadlineKind kind, Instant dueAt) {

    public boolean isOverdueAt(Instant now) {
        return now.isAfter(dueAt);
    }
}
