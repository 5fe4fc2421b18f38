package org.shegong.platform.api.audit;

import java.util.List;

/**
 * Who did what to a record, kept for the record's page ("修改记录") and for supervision: changes
 * with what changed (sensitive values named, never copied), removals and restorations, and reads of
 * personal data — who opened which record, revealed which value, sent or exported which list, for
 * what purpose (the operator's "查阅记录" page). Entries belong to the current tenant, join the
 * caller's transaction (no change or read is kept without its entry) and are never changed or
 * deleted: the database refuses UPDATE and DELETE on them.
 */
public interface AuditTrail {

    /**
     * Records an action on a record of the current tenant by the current actor.
     *
     * @param recordKind a stable name, e.g. {@code resident}; a module's kinds are {@code <module>.<name>}
     *                   (their label is the key {@code audit.kind.<kind>} of the owner's bundle)
     * @param action     what was done: one of {@link AuditAction#PLATFORM} or an action the module declares
     * @param details    what changed, written with {@link Said} so that each reader reads it in their
     *                   language (field names and actions as keys, people's values as typed); may be empty
     * @throws IllegalArgumentException for an action no module declares (it would have no label)
     */
    void record(String recordKind, long recordId, AuditAction action, String details);

    /**
     * Records that the current actor read one record ({@link AuditAction#VIEWED}); {@link AuditedRead} does this for a method.
     * A purpose fixed in code is a {@link Said} phrase; one a person typed goes through {@link Said#typed}.
     */
    void read(String recordKind, long recordId, String purpose);

    /**
     * Records that the current actor received a list of records of one kind — an API page, an export —
     * with its row count (record id 0).
     *
     * @param how a read action, e.g. {@link AuditAction#EXPORTED} or {@link AuditAction#LISTED}
     */
    void readList(String recordKind, AuditAction how, int rows, String purpose);

    /**
     * The record's history, newest first: its changes and its reads except the plain openings
     * ({@link AuditAction#VIEWED}), which would drown the changes; those are found with {@link #reads}.
     */
    List<AuditRecord> historyOf(String recordKind, long recordId);

    /** Reads of personal data matching the query, newest first, one page of them. */
    List<AuditRecord> reads(ReadQuery query, int first, int max);

    long countReads(ReadQuery query);
}
