package org.shegong.platform.api.audit;

import java.time.Instant;

/** One line of a record's history. */
public record AuditRecord(Instant at, String actor, AuditAction action, String details) {

    public String actionLabel() {
        return action.label();
    }
}
