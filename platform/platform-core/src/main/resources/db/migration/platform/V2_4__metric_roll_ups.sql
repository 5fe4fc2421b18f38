-- Roll-ups (汇总): what each operator's modules counted per street, metric and window of months.
-- Global on purpose: civil affairs reads them across operators; they hold numbers only, never a
-- person. tenant_id is data here (whose stations counted it), written only by that operator's
-- roll-up refresh. months = 1 (the month starting at period_start), 3 or 12 (the calendar quarter
-- or year, kept for distinct-person metrics so those periods are exact).
CREATE TABLE metric_rollup (
    tenant_id VARCHAR(64) NOT NULL,
    street_code VARCHAR(12) NOT NULL,
    metric_code VARCHAR(64) NOT NULL,
    period_start DATE NOT NULL,
    months TINYINT NOT NULL,
    figure BIGINT NOT NULL,
    refreshed_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (tenant_id, street_code, metric_code, period_start, months),
    KEY ix_metric_rollup_street_period (street_code, period_start)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What changed since an operator's last refresh (from the platform's events): street and month.
CREATE TABLE rollup_change (
    tenant_id VARCHAR(64) NOT NULL,
    street_code VARCHAR(12) NOT NULL,
    month_start DATE NOT NULL,
    PRIMARY KEY (tenant_id, street_code, month_start)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- When each operator's roll-ups were last refreshed (the dashboards show it).
CREATE TABLE rollup_refresh (
    tenant_id VARCHAR(64) NOT NULL PRIMARY KEY,
    refreshed_at TIMESTAMP(6) NOT NULL,
    full_at TIMESTAMP(6) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
