package org.shegong.platform.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.shegong.platform.api.audit.AuditAction;
import org.shegong.platform.api.audit.AuditRecord;
import org.shegong.platform.api.audit.AuditTrail;
import org.shegong.platform.domain.model.audit.AuditEntry;
import org.shegong.platform.domain.model.audit.AuditEntryRepository;

/**
 * The audit trail of the current tenant. An entry joins the transaction of the change it
 * describes: a change that rolls back leaves no entry, and no change is kept without its entry.
 */
@ApplicationScoped
@Transactional
public class RecordHistory implements AuditTrail {

    @Inject
    AuditEntryRepository entries;

    @Override
    public void record(String recordKind, long recordId, AuditAction action, String details) {
        entries.store(new AuditEntry(recordKind, recordId, action, details));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditRecord> historyOf(String recordKind, long recordId) {
        return entries.of(recordKind, recordId).stream()
                .map(e -> new AuditRecord(e.getCreatedAt(), e.getCreatedBy(), e.getAction(), e.getDetails()))
                .toList();
    }
}
