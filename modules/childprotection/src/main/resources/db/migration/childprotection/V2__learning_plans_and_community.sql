-- Home tutoring (送教上门): one learning plan per child, carrying the child's station and workers
-- for the need-to-know rule; and the child's community, for the children list's community filter.
CREATE TABLE cp_learning_plan (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id VARCHAR(64) NOT NULL,
    version BIGINT NOT NULL,
    child_id BIGINT NOT NULL,
    street_code VARCHAR(12) NOT NULL,
    worker_id BIGINT NULL,
    second_worker_id BIGINT NULL,
    subjects VARCHAR(200) NOT NULL,
    goals VARCHAR(1000) NOT NULL,
    tutor_kind VARCHAR(20) NOT NULL,
    tutor_staff_id BIGINT NULL,
    tutor_name VARCHAR(50) NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    UNIQUE KEY uq_cp_learning_plan_child (tenant_id, child_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE cp_child ADD COLUMN community_code VARCHAR(12) NULL;
CREATE INDEX ix_cp_child_community ON cp_child (tenant_id, community_code);
