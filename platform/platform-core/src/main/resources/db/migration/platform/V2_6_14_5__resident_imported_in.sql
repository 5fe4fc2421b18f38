-- An import's history in one entry per file (issue 14, figure 5): a resident registered by an Excel
-- import points to that import's audit entry (its who, when and row count) and names the row it came
-- from, instead of one IMPORTED entry per resident, which cost the database as much as the residents.
-- No foreign key: the audit trail is append-only and lives beside the records, not under them.
ALTER TABLE resident
    ADD COLUMN imported_in BIGINT NULL,
    ADD COLUMN imported_row INT NULL;
