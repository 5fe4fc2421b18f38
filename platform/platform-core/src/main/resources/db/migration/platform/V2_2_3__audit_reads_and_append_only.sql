-- Module-defined audit actions: the action is a code (CHANGED, childprotection.case.assigned), no
-- longer one of a closed list.
ALTER TABLE audit_entry
    MODIFY COLUMN action VARCHAR(80) NOT NULL,
    -- how many rows a read covered: 1 for one record, the row count of a list or an export
    ADD COLUMN row_count INT NOT NULL DEFAULT 1,
    -- the operator's 查阅记录 page: reads by period, by person
    ADD INDEX ix_audit_entry_when (tenant_id, created_at),
    ADD INDEX ix_audit_entry_who (tenant_id, created_by, created_at);

-- Until now the only read recorded was the reveal of a full ID number, stored as VIEWED; VIEWED now
-- means "opened the record", and reveals have their own action. The last rewrite the trail will see.
UPDATE audit_entry SET action = 'REVEALED' WHERE action = 'VIEWED';

-- The trail is evidence: written once, never changed or erased, not even by the application's own
-- database user. One-statement trigger bodies work on MariaDB and MySQL 8 alike (MySQL with binary
-- logging on needs log_bin_trust_function_creators or the TRIGGER privilege to create them).
CREATE TRIGGER audit_entry_never_updated BEFORE UPDATE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only: an entry is never changed';

CREATE TRIGGER audit_entry_never_deleted BEFORE DELETE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only: an entry is never deleted';
