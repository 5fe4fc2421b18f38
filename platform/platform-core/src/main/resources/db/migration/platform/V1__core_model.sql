-- The platform's core model. Global registries (region, tenant, station, contract) carry no
-- tenant_id; tenant-owned tables do, first in every index, because EclipseLink filters on it.

CREATE TABLE region (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL,
    code VARCHAR(12) NOT NULL,
    name VARCHAR(100) NOT NULL,
    level VARCHAR(20) NOT NULL,
    parent_id BIGINT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    CONSTRAINT uq_region_code UNIQUE (code),
    CONSTRAINT fk_region_parent FOREIGN KEY (parent_id) REFERENCES region (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE tenant (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL,
    code VARCHAR(64) NOT NULL,
    name VARCHAR(200) NOT NULL,
    contact_phone VARCHAR(30) NULL,
    enabled_modules VARCHAR(500) NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    CONSTRAINT uq_tenant_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE station (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL,
    street_id BIGINT NOT NULL,
    name VARCHAR(100) NOT NULL,
    address VARCHAR(200) NULL,
    phone VARCHAR(30) NULL,
    created_at TIMESTAMP(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    CONSTRAINT uq_station_street UNIQUE (street_id),
    CONSTRAINT fk_station_street FOREIGN KEY (street_id) REFERENCES region (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE contract (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL,
    number VARCHAR(64) NOT NULL,
    tenant_id BIGINT NOT NULL,
    station_id BIGINT NOT NULL,
    starts_on DATE NOT NULL,
    ends_on DATE NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    CONSTRAINT uq_contract_number UNIQUE (number),
    CONSTRAINT fk_contract_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_contract_station FOREIGN KEY (station_id) REFERENCES station (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE contract_target (
    contract_id BIGINT NOT NULL,
    metric VARCHAR(64) NOT NULL,
    per_year INT NOT NULL,
    CONSTRAINT uq_contract_target UNIQUE (contract_id, metric),
    CONSTRAINT fk_contract_target FOREIGN KEY (contract_id) REFERENCES contract (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE staff_member (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id VARCHAR(64) NOT NULL,
    version BIGINT NOT NULL,
    name VARCHAR(50) NOT NULL,
    username VARCHAR(100) NULL,
    role VARCHAR(20) NOT NULL,
    station_id BIGINT NULL,
    certificate_level VARCHAR(20) NOT NULL,
    certificate_number VARCHAR(40) NULL,
    phone VARCHAR(30) NULL,
    created_at TIMESTAMP(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    INDEX ix_staff_tenant (tenant_id, station_id),
    CONSTRAINT fk_staff_station FOREIGN KEY (station_id) REFERENCES station (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE resident (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id VARCHAR(64) NOT NULL,
    version BIGINT NOT NULL,
    name VARCHAR(50) NOT NULL,
    gender VARCHAR(10) NULL,
    birth_date DATE NULL,
    id_number VARCHAR(120) NULL,
    id_number_index CHAR(64) NULL,
    phone VARCHAR(30) NULL,
    community_id BIGINT NOT NULL,
    address VARCHAR(200) NULL,
    categories VARCHAR(200) NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    INDEX ix_resident_tenant_name (tenant_id, name),
    CONSTRAINT uq_resident_id_number UNIQUE (tenant_id, id_number_index),
    CONSTRAINT fk_resident_community FOREIGN KEY (community_id) REFERENCES region (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE activity (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id VARCHAR(64) NOT NULL,
    version BIGINT NOT NULL,
    title VARCHAR(200) NOT NULL,
    type VARCHAR(30) NOT NULL,
    held_on DATE NOT NULL,
    place VARCHAR(200) NULL,
    station_id BIGINT NOT NULL,
    status VARCHAR(20) NOT NULL,
    module_tag VARCHAR(64) NULL,
    headcount INT NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    INDEX ix_activity_tenant (tenant_id, station_id, status, held_on),
    CONSTRAINT fk_activity_station FOREIGN KEY (station_id) REFERENCES station (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE activity_participant (
    activity_id BIGINT NOT NULL,
    resident_id BIGINT NOT NULL,
    PRIMARY KEY (activity_id, resident_id),
    CONSTRAINT fk_participant_activity FOREIGN KEY (activity_id) REFERENCES activity (id) ON DELETE CASCADE,
    CONSTRAINT fk_participant_resident FOREIGN KEY (resident_id) REFERENCES resident (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE partner (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id VARCHAR(64) NOT NULL,
    version BIGINT NOT NULL,
    name VARCHAR(200) NOT NULL,
    type VARCHAR(30) NOT NULL,
    contact_person VARCHAR(50) NULL,
    contact_phone VARCHAR(30) NULL,
    provides VARCHAR(1000) NULL,
    created_at TIMESTAMP(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    INDEX ix_partner_tenant (tenant_id, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
