package org.shegong.platform.domain.model.audit;

import java.util.List;

public interface AuditEntryRepository {

    void store(AuditEntry entry);

    List<AuditEntry> of(String recordKind, long recordId);
}
