-- Elder-care records follow the platform's resident (domain events): a removed resident leaves
-- every list and count of the module and comes back when restored; nothing is deleted.
ALTER TABLE elder_profile ADD COLUMN resident_removed BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE elder_care_plan ADD COLUMN resident_removed BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE elder_visit ADD COLUMN resident_removed BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE elder_health_reading ADD COLUMN resident_removed BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE elder_follow_up ADD COLUMN resident_removed BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE elder_referral ADD COLUMN resident_removed BOOLEAN NOT NULL DEFAULT FALSE;
