package org.shegong.platform.api.audit;

import java.util.List;

/**
 * Who did what to a record, kept for the record's page ("修改记录") and for supervision: changes
 * with what changed (sensitive values named, never copied), removals and restorations, and reads of
 * sensitive records such as a child's case. Entries belong to the current tenant and are never
 * changed or deleted.
 */
public interface AuditTrail {

    /**
     * Records an action on a record of the current tenant by the current actor.
     *
     * @param recordKind a stable name, e.g. {@code resident} or {@code eldercare.plan}
     * @param action     what was done, e.g. {@link AuditAction#CHANGED}
     * @param details    a short human text (Chinese first), e.g. "电话：1380…→1390…"; may be empty
     */
    void record(String recordKind, long recordId, AuditAction action, String details);

    /** The record's history, newest first. */
    List<AuditRecord> historyOf(String recordKind, long recordId);
}
