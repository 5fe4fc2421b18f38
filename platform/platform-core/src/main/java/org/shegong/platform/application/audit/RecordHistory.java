package org.shegong.platform.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.shegong.platform.api.audit.AuditAction;
import org.shegong.platform.api.audit.AuditRecord;
import org.shegong.platform.api.audit.AuditTrail;
import org.shegong.platform.api.audit.ReadQuery;
import org.shegong.platform.domain.model.audit.AuditEntry;
import org.shegong.platform.domain.model.audit.AuditEntryRepository;

/**
 * The audit trail of the current tenant. An entry joins the transaction of the change or read it
 * describes: a change that rolls back leaves no entry, and no change is kept without its entry. A read's
 * entry is written (flushed) at once, so a read whose entry cannot be written fails before it returns.
 */
@ApplicationScoped
@Transactional
public class RecordHistory implements AuditTrail {

    @Inject
    AuditEntryRepository entries;

    @Inject
    AuditActions actions;

    @Override
    public void record(String recordKind, long recordId, AuditAction action, String details) {
        AuditAction declared = actions.declared(action);
        entries.store(new AuditEntry(recordKind, recordId, declared, details));
        if (declared.read()) {
            // a read (e.g. a reveal) is written before the caller shows anything
            entries.flush();
        }
    }

    /**
     * One change entry for many new records at once (an import's file: {@code rows} records), written
     * now in the caller's transaction; returns its id, for each record to point to (see {@link #entry}),
     * so the trail holds one entry per file instead of one per record. Its {@code recordId} is 0, as a
     * list's is: no record's own history lists it, the records show it through their link.
     */
    public long recordForMany(String recordKind, AuditAction action, String details, int rows) {
        AuditAction declared = actions.declared(action);
        if (declared.read()) {
            throw new IllegalArgumentException("not a change action: " + action.code());
        }
        AuditEntry entry = new AuditEntry(recordKind, 0, declared, details, rows);
        entries.store(entry);
        entries.flush();
        return entry.getId();
    }

    /** The current tenant's entry with this id (another tenant's is not found), e.g. the import a record points to. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<AuditRecord> entry(long id) {
        return entries.find(id).map(this::toRecord);
    }

    @Override
    public void read(String recordKind, long recordId, String purpose) {
        entries.store(new AuditEntry(recordKind, recordId, AuditAction.VIEWED, purpose));
        entries.flush();
    }

    @Override
    public void readList(String recordKind, AuditAction how, int rows, String purpose) {
        if (!actions.declared(how).read()) {
            throw new IllegalArgumentException("not a read action: " + how.code());
        }
        entries.store(new AuditEntry(recordKind, 0, how, purpose, rows));
        entries.flush();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditRecord> historyOf(String recordKind, long recordId) {
        return entries.of(recordKind, recordId).stream().map(this::toRecord).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditRecord> reads(ReadQuery query, int first, int max) {
        return entries.reads(query, actions.readCodes(), first, max).stream().map(this::toRecord).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public long countReads(ReadQuery query) {
        return entries.countReads(query, actions.readCodes());
    }

    private AuditRecord toRecord(AuditEntry e) {
        return new AuditRecord(e.getCreatedAt(), e.getCreatedBy(), e.getRecordKind(), e.getRecordId(),
                actions.byCode(e.getActionCode()), e.getDetails(), e.getRowCount());
    }
}
