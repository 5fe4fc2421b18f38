-- Region roll-ups (区域汇总): metric_rollup's figures already summed over every operator, per region
-- of any level (a street, its district, city and province), metric and window of months. A
-- dashboard reads O(regions in view x months) of these instead of every street's months. Kept by
-- the roll-up store in the same transaction as the street rows it sums: each changed street figure
-- adds its difference to the street's row and to each ancestor's (JdbcRollUpStore). Distinct persons
-- add up street by street like every count (a person served at two streets counts at both: an upper
-- bound above the street, documented in RollUp); ratios are never stored, only their parts.
CREATE TABLE metric_region_rollup (
    region_code VARCHAR(12) NOT NULL,
    period_start DATE NOT NULL,
    metric_code VARCHAR(64) NOT NULL,
    months TINYINT NOT NULL,
    figure BIGINT NOT NULL,
    PRIMARY KEY (region_code, period_start, metric_code, months)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Which operators have roll-ups in a region (any level): when the dashboard says figures were
-- refreshed, it means the oldest refresh among them.
CREATE TABLE rollup_region_tenant (
    region_code VARCHAR(12) NOT NULL,
    tenant_id VARCHAR(64) NOT NULL,
    PRIMARY KEY (region_code, tenant_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The sums of what is there already (a street and up to four levels above it).
INSERT INTO metric_region_rollup (region_code, period_start, metric_code, months, figure)
SELECT code, period_start, metric_code, months, SUM(figure) FROM (
    SELECT m.street_code AS code, m.period_start, m.metric_code, m.months, m.figure FROM metric_rollup m
    UNION ALL SELECT p1.code, m.period_start, m.metric_code, m.months, m.figure FROM metric_rollup m
        JOIN region s ON s.code = m.street_code JOIN region p1 ON p1.id = s.parent_id
    UNION ALL SELECT p2.code, m.period_start, m.metric_code, m.months, m.figure FROM metric_rollup m
        JOIN region s ON s.code = m.street_code JOIN region p1 ON p1.id = s.parent_id JOIN region p2 ON p2.id = p1.parent_id
    UNION ALL SELECT p3.code, m.period_start, m.metric_code, m.months, m.figure FROM metric_rollup m
        JOIN region s ON s.code = m.street_code JOIN region p1 ON p1.id = s.parent_id JOIN region p2 ON p2.id = p1.parent_id
        JOIN region p3 ON p3.id = p2.parent_id
    UNION ALL SELECT p4.code, m.period_start, m.metric_code, m.months, m.figure FROM metric_rollup m
        JOIN region s ON s.code = m.street_code JOIN region p1 ON p1.id = s.parent_id JOIN region p2 ON p2.id = p1.parent_id
        JOIN region p3 ON p3.id = p2.parent_id JOIN region p4 ON p4.id = p3.parent_id
) everything GROUP BY code, period_start, metric_code, months;

INSERT IGNORE INTO rollup_region_tenant (region_code, tenant_id)
SELECT DISTINCT m.street_code, m.tenant_id FROM metric_rollup m
UNION SELECT p1.code, m.tenant_id FROM metric_rollup m JOIN region s ON s.code = m.street_code JOIN region p1 ON p1.id = s.parent_id
UNION SELECT p2.code, m.tenant_id FROM metric_rollup m JOIN region s ON s.code = m.street_code JOIN region p1 ON p1.id = s.parent_id
    JOIN region p2 ON p2.id = p1.parent_id
UNION SELECT p3.code, m.tenant_id FROM metric_rollup m JOIN region s ON s.code = m.street_code JOIN region p1 ON p1.id = s.parent_id
    JOIN region p2 ON p2.id = p1.parent_id JOIN region p3 ON p3.id = p2.parent_id
UNION SELECT p4.code, m.tenant_id FROM metric_rollup m JOIN region s ON s.code = m.street_code JOIN region p1 ON p1.id = s.parent_id
    JOIN region p2 ON p2.id = p1.parent_id JOIN region p3 ON p3.id = p2.parent_id JOIN region p4 ON p4.id = p3.parent_id;
