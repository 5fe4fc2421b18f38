-- Who in a module organised an activity (e.g. a club: 'clubs.club:42'), so the module lists its activities.
ALTER TABLE activity ADD COLUMN organiser VARCHAR(100) NULL;
CREATE INDEX ix_activity_organiser ON activity (tenant_id, organiser);
