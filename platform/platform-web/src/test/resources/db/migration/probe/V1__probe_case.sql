-- The probe module's one table (test archives only): a case kept at a station, with up to two
-- assigned workers, to prove record rules on lists, searches, counts and exports.
CREATE TABLE probe_case (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id VARCHAR(64) NOT NULL,
    version BIGINT NOT NULL,
    street_code VARCHAR(12) NOT NULL,
    title VARCHAR(200) NOT NULL,
    worker_id BIGINT NULL,
    second_worker_id BIGINT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    INDEX ix_probe_case_street (tenant_id, street_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
