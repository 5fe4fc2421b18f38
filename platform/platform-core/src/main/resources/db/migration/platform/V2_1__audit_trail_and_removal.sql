-- Who did what to which record, shown on the record's page; written once, never changed.
CREATE TABLE audit_entry (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id VARCHAR(64) NOT NULL,
    version BIGINT NOT NULL,
    record_kind VARCHAR(60) NOT NULL,
    record_id BIGINT NOT NULL,
    action VARCHAR(20) NOT NULL,
    details VARCHAR(2000) NULL,
    created_at TIMESTAMP(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    INDEX ix_audit_entry_record (tenant_id, record_kind, record_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Removing a resident hides them and keeps everything, so a mistaken removal can be undone.
ALTER TABLE resident
    ADD COLUMN removed_at TIMESTAMP(6) NULL,
    ADD COLUMN removed_by VARCHAR(100) NULL;

-- An activity may be run with a partner (a hospital's free clinic, a sponsor's donation day).
ALTER TABLE activity
    ADD COLUMN partner_id BIGINT NULL,
    ADD CONSTRAINT fk_activity_partner FOREIGN KEY (partner_id) REFERENCES partner (id);
