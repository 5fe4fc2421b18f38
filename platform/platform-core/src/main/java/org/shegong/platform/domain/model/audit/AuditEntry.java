package org.shegong.platform.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Objects;
import org.shegong.platform.api.audit.AuditAction;
import org.shegong.platform.api.persistence.TenantOwnedEntity;

/**
 * One entry of the audit trail. Who and when are the entity's own created-by/at columns, filled
 * like every other row's; an entry is written once and never changed (the database's triggers
 * refuse UPDATE and DELETE on {@code audit_entry}). The action is kept by its code, so a module's
 * actions need no change here.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends TenantOwnedEntity {

    @Column(name = "record_kind", nullable = false, length = 60)
    private String recordKind;

    @Column(name = "record_id", nullable = false)
    private long recordId;

    @Column(name = "action", nullable = false, length = 80)
    private String actionCode;

    @Column(length = 2000)
    private String details;

    /** 1 for one record; the number of rows of a list or an export. */
    @Column(name = "row_count", nullable = false)
    private int rowCount;

    protected AuditEntry() {
    }

    public AuditEntry(String recordKind, long recordId, AuditAction action, String details) {
        this(recordKind, recordId, action, details, 1);
    }

    public AuditEntry(String recordKind, long recordId, AuditAction action, String details, int rowCount) {
        this.recordKind = Objects.requireNonNull(recordKind);
        if (recordKind.isEmpty() || recordKind.length() > 60) {
            throw new IllegalArgumentException("a record kind has 1-60 characters: " + recordKind);
        }
        if (rowCount < 0) {
            throw new IllegalArgumentException("a row count is never negative: " + rowCount);
        }
        this.recordId = recordId;
        this.actionCode = Objects.requireNonNull(action).code();
        this.details = details == null ? "" : details.length() > 2000 ? details.substring(0, 2000) : details;
        this.rowCount = rowCount;
    }

    public String getRecordKind() {
        return recordKind;
    }

    public long getRecordId() {
        return recordId;
    }

    public String getActionCode() {
        return actionCode;
    }

    public String getDetails() {
        return details;
    }

    public int getRowCount() {
        return rowCount;
    }
}
