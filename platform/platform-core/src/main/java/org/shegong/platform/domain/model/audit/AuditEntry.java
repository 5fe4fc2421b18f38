package org.shegong.platform.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Objects;
import org.shegong.platform.api.audit.AuditAction;
import org.shegong.platform.api.persistence.TenantOwnedEntity;

/**
 * One entry of the audit trail. Who and when are the entity's own created-by/at columns, filled
 * like every other row's; an entry is written once and never changed.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends TenantOwnedEntity {

    @Column(name = "record_kind", nullable = false, length = 60)
    private String recordKind;

    @Column(name = "record_id", nullable = false)
    private long recordId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AuditAction action;

    @Column(length = 2000)
    private String details;

    protected AuditEntry() {
    }

    public AuditEntry(String recordKind, long recordId, AuditAction action, String details) {
        this.recordKind = Objects.requireNonNull(recordKind);
        this.recordId = recordId;
        this.action = Objects.requireNonNull(action);
        this.details = details == null ? "" : details.length() > 2000 ? details.substring(0, 2000) : details;
    }

    public String getRecordKind() {
        return recordKind;
    }

    public long getRecordId() {
        return recordId;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getDetails() {
        return details;
    }
}
