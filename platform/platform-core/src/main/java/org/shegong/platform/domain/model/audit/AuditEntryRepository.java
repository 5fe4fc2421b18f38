package org.shegong.platform.domain.model.audit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.shegong.platform.api.audit.ReadQuery;

/** The current tenant's audit trail: appended to, never changed. */
public interface AuditEntryRepository {

    void store(AuditEntry entry);

    /** The current tenant's entry with this id. */
    Optional<AuditEntry> find(long id);

    /** Writes the entry now, so a failure surfaces before the caller goes on (e.g. before a value is revealed). */
    void flush();

    /** The record's history: every entry but the plain openings of it (those are on the read log). */
    List<AuditEntry> of(String recordKind, long recordId);

    /** Entries whose action is one of {@code readActions} and that match the query, newest first. */
    List<AuditEntry> reads(ReadQuery query, Collection<String> readActions, int first, int max);

    long countReads(ReadQuery query, Collection<String> readActions);

    /** The distinct record kinds of entries whose action is one of {@code readActions}. */
    List<String> readKinds(Collection<String> readActions);
}
