-- The residents list filtered by a community, sorted by name (issue 14, figure 4): with only
-- (tenant_id, name) the database walked the tenant's whole register in name order to find one
-- community's people (≈86 ms a page at 100,000 residents). This index reads one community's
-- residents of one tenant already in name order, so a page stops after its 20 rows.
CREATE INDEX ix_resident_tenant_community_name ON resident (tenant_id, community_id, name);
