-- One row per tenant job: whoever holds an unexpired lease runs the job; every other trigger, on
-- this server or another on the same database, skips. Times are the database's clock, the one
-- clock all servers share.
CREATE TABLE job_lease (
    job_code VARCHAR(64) NOT NULL PRIMARY KEY,
    holder VARCHAR(100) NOT NULL,
    leased_until TIMESTAMP(6) NOT NULL,
    last_started_at TIMESTAMP(6) NULL,
    last_finished_at TIMESTAMP(6) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Small cross-tenant records a module keeps (e.g. a volunteer's identity by ID-number blind index).
-- Global on purpose: no tenant_id; found by (kind, record_key) only; who wrote it is kept.
CREATE TABLE global_record (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    module_id VARCHAR(31) NOT NULL,
    kind VARCHAR(64) NOT NULL,
    record_key VARCHAR(128) NOT NULL,
    payload VARCHAR(4000) NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    created_by_tenant VARCHAR(64) NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    updated_by_tenant VARCHAR(64) NOT NULL,
    UNIQUE KEY uq_global_record (kind, record_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
