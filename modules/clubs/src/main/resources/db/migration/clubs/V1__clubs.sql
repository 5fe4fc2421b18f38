-- The clubs module's tables. Every table is tenant-owned: tenant_id comes first in every index,
-- because EclipseLink adds it to every statement. Residents and communities of the platform are
-- referred to by id / code only (no foreign keys across owners: the module's history is its own).

CREATE TABLE club (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id VARCHAR(64) NOT NULL,
    version BIGINT NOT NULL,
    name VARCHAR(100) NOT NULL,
    kind VARCHAR(20) NOT NULL,
    community_code VARCHAR(12) NOT NULL,
    community_name VARCHAR(100) NOT NULL,
    street_code VARCHAR(12) NOT NULL,
    founded_on DATE NOT NULL,
    leader_id BIGINT NULL,
    leader_name VARCHAR(50) NULL,
    contact_id BIGINT NULL,
    contact_name VARCHAR(50) NULL,
    teacher VARCHAR(100) NULL,
    place VARCHAR(200) NULL,
    schedule VARCHAR(200) NULL,
    stage VARCHAR(20) NOT NULL,
    stage_before_dormant VARCHAR(20) NULL,
    filing_number VARCHAR(50) NULL,
    filed_on DATE NULL,
    credit_code VARCHAR(18) NULL,
    registered_on DATE NULL,
    closed_on DATE NULL,
    -- Not "merged_into_…": Connector/J takes a column name with _into_ in a SELECT for SELECT … INTO
    -- and refuses executeQuery ("cannot issue statements that do not produce result sets").
    merged_to_id BIGINT NULL,
    merged_to_name VARCHAR(100) NULL,
    created_at TIMESTAMP(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    INDEX ix_club_street (tenant_id, street_code, stage),
    INDEX ix_club_community (tenant_id, community_code),
    INDEX ix_club_merged_to (tenant_id, merged_to_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE club_member (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id VARCHAR(64) NOT NULL,
    version BIGINT NOT NULL,
    club_id BIGINT NOT NULL,
    resident_id BIGINT NOT NULL,
    resident_name VARCHAR(50) NOT NULL,
    joined_on DATE NOT NULL,
    left_on DATE NULL,
    created_at TIMESTAMP(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    INDEX ix_club_member_club (tenant_id, club_id),
    INDEX ix_club_member_resident (tenant_id, resident_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE club_milestone (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id VARCHAR(64) NOT NULL,
    version BIGINT NOT NULL,
    club_id BIGINT NOT NULL,
    title VARCHAR(200) NOT NULL,
    done_on DATE NULL,
    created_at TIMESTAMP(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    INDEX ix_club_milestone_club (tenant_id, club_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE club_stage_step (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id VARCHAR(64) NOT NULL,
    version BIGINT NOT NULL,
    club_id BIGINT NOT NULL,
    street_code VARCHAR(12) NOT NULL,
    from_stage VARCHAR(20) NULL,
    to_stage VARCHAR(20) NOT NULL,
    moved_on DATE NOT NULL,
    confirmed_by VARCHAR(100) NOT NULL,
    evidence VARCHAR(1000) NULL,
    created_at TIMESTAMP(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    INDEX ix_club_step_club (tenant_id, club_id),
    INDEX ix_club_step_street (tenant_id, street_code, moved_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE club_charter (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id VARCHAR(64) NOT NULL,
    version BIGINT NOT NULL,
    club_id BIGINT NOT NULL,
    version_no INT NOT NULL,
    body TEXT NOT NULL,
    proposed_by VARCHAR(100) NOT NULL,
    proposed_at TIMESTAMP(6) NOT NULL,
    approved_by VARCHAR(100) NULL,
    approved_at TIMESTAMP(6) NULL,
    created_at TIMESTAMP(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    CONSTRAINT uq_club_charter_version UNIQUE (tenant_id, club_id, version_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
