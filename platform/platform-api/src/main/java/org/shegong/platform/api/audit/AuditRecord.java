package org.shegong.platform.api.audit;

import java.time.Instant;

/**
 * One entry of the audit trail: when, who (the login; pages show the person's name), which record,
 * what was done, the details (what changed, or the purpose of a read) and how many rows it covered
 * (1 for one record; the row count of a list or an export, whose {@code recordId} is 0).
 */
public record AuditRecord(Instant at, String actor, String recordKind, long recordId, AuditAction action,
                          String details, int rows) {
}
