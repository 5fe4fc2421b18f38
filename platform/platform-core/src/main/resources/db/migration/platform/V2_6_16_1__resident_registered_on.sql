-- The day the station registered each resident (建档日期), as its ledger (台账) says: the residents
-- metric counts a person from that day, not from the day the row was written, so an operator who
-- imports a ledger on day one has a history on the dashboards.
-- Existing rows take the day they were written, in Asia/Shanghai. created_at is a TIMESTAMP holding
-- the UTC instant (InstantConverter); UNIX_TIMESTAMP reads that instant whatever the session's time
-- zone, and +8 hours is Shanghai's offset for every date since 1991 (no named zone: MariaDB's zone
-- tables may not be loaded).
ALTER TABLE resident ADD COLUMN registered_on DATE NULL;

UPDATE resident
SET registered_on = DATE(TIMESTAMP('1970-01-01') + INTERVAL (FLOOR(UNIX_TIMESTAMP(created_at)) + 8 * 3600) SECOND);

ALTER TABLE resident MODIFY registered_on DATE NOT NULL;

-- The snapshot count (ResidentRegistry.countPerStreetOn, once per street and month of a roll-up)
-- reads a tenant's residents registered by a day: this index serves the range without the rows.
CREATE INDEX ix_resident_tenant_registered ON resident (tenant_id, registered_on, community_id, removed_at);
