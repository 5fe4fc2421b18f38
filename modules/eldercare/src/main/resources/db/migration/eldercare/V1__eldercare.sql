-- The elder-care module's tables. Every table is tenant-owned: tenant_id comes first in every
-- index, because EclipseLink adds it to every statement. Residents, partners and stations of the
-- platform are referred to by id / street code only (no foreign keys across owners: the module's
-- history is its own).

CREATE TABLE elder_profile (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id VARCHAR(64) NOT NULL,
    version BIGINT NOT NULL,
    resident_id BIGINT NOT NULL,
    street_code VARCHAR(12) NOT NULL,
    resident_name VARCHAR(50) NOT NULL,
    living_situation VARCHAR(20) NOT NULL,
    chronic_conditions VARCHAR(500) NULL,
    barthel_feeding INT NOT NULL,
    barthel_bathing INT NOT NULL,
    barthel_grooming INT NOT NULL,
    barthel_dressing INT NOT NULL,
    barthel_bowels INT NOT NULL,
    barthel_bladder INT NOT NULL,
    barthel_toilet_use INT NOT NULL,
    barthel_transfers INT NOT NULL,
    barthel_mobility INT NOT NULL,
    barthel_stairs INT NOT NULL,
    barthel_assessed_on DATE NULL,
    emergency_contacts VARCHAR(500) NULL,
    family_doctor VARCHAR(200) NULL,
    created_at TIMESTAMP(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    CONSTRAINT uq_elder_profile_resident UNIQUE (tenant_id, resident_id),
    INDEX ix_elder_profile_street (tenant_id, street_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE elder_care_plan (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id VARCHAR(64) NOT NULL,
    version BIGINT NOT NULL,
    resident_id BIGINT NOT NULL,
    street_code VARCHAR(12) NOT NULL,
    resident_name VARCHAR(50) NOT NULL,
    plan_version INT NOT NULL,
    is_current BOOLEAN NOT NULL,
    starts_on DATE NOT NULL,
    review_on DATE NOT NULL,
    needs VARCHAR(2000) NOT NULL,
    goals VARCHAR(2000) NOT NULL,
    services VARCHAR(500) NOT NULL,
    responsible_worker VARCHAR(100) NOT NULL,
    superseded_on DATE NULL,
    created_at TIMESTAMP(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    CONSTRAINT uq_elder_care_plan_version UNIQUE (tenant_id, resident_id, plan_version),
    INDEX ix_elder_care_plan_current (tenant_id, street_code, is_current)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE elder_visit (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id VARCHAR(64) NOT NULL,
    version BIGINT NOT NULL,
    resident_id BIGINT NOT NULL,
    street_code VARCHAR(12) NOT NULL,
    visited_on DATE NOT NULL,
    kind VARCHAR(30) NOT NULL,
    worker VARCHAR(100) NOT NULL,
    worker_name VARCHAR(100) NULL,
    notes VARCHAR(2000) NULL,
    needs_observed VARCHAR(1000) NULL,
    next_action VARCHAR(500) NULL,
    created_at TIMESTAMP(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    INDEX ix_elder_visit_resident (tenant_id, resident_id, kind, visited_on),
    INDEX ix_elder_visit_street (tenant_id, street_code, visited_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE elder_health_reading (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id VARCHAR(64) NOT NULL,
    version BIGINT NOT NULL,
    resident_id BIGINT NOT NULL,
    street_code VARCHAR(12) NOT NULL,
    measure VARCHAR(30) NOT NULL,
    reading_value DECIMAL(7,2) NOT NULL,
    second_value DECIMAL(7,2) NULL,
    measured_at DATETIME(0) NOT NULL,
    recorded_by VARCHAR(100) NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    INDEX ix_elder_reading_resident (tenant_id, resident_id, measured_at),
    INDEX ix_elder_reading_street (tenant_id, street_code, measured_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE elder_follow_up (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id VARCHAR(64) NOT NULL,
    version BIGINT NOT NULL,
    resident_id BIGINT NOT NULL,
    street_code VARCHAR(12) NOT NULL,
    resident_name VARCHAR(50) NOT NULL,
    measure VARCHAR(30) NOT NULL,
    reading_id BIGINT NOT NULL,
    readings_over INT NOT NULL,
    reason VARCHAR(300) NOT NULL,
    assigned_to VARCHAR(100) NOT NULL,
    closed_at TIMESTAMP(6) NULL,
    closed_by VARCHAR(100) NULL,
    closing_note VARCHAR(1000) NULL,
    created_at TIMESTAMP(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    INDEX ix_elder_follow_up_open (tenant_id, street_code, closed_at),
    INDEX ix_elder_follow_up_resident (tenant_id, resident_id, measure)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE elder_referral (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id VARCHAR(64) NOT NULL,
    version BIGINT NOT NULL,
    resident_id BIGINT NOT NULL,
    street_code VARCHAR(12) NOT NULL,
    resident_name VARCHAR(50) NOT NULL,
    partner_id BIGINT NOT NULL,
    partner_name VARCHAR(200) NOT NULL,
    reason VARCHAR(1000) NOT NULL,
    status VARCHAR(20) NOT NULL,
    requested_on DATE NOT NULL,
    sla_days INT NOT NULL,
    accepted_on DATE NULL,
    served_on DATE NULL,
    closed_on DATE NULL,
    outcome VARCHAR(1000) NULL,
    created_at TIMESTAMP(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    INDEX ix_elder_referral_street (tenant_id, street_code, status, requested_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE elder_fraud_session (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id VARCHAR(64) NOT NULL,
    version BIGINT NOT NULL,
    street_code VARCHAR(12) NOT NULL,
    held_on DATE NOT NULL,
    title VARCHAR(200) NOT NULL,
    attendees VARCHAR(4000) NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    INDEX ix_elder_fraud_session_street (tenant_id, street_code, held_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
