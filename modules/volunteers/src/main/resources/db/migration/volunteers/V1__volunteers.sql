-- The volunteers module's tables. Every table is tenant-owned: tenant_id comes first in every index,
-- because EclipseLink adds it to every statement. The same person at two operators has a row at
-- each; they are one person only through the blind index and the platform's global record.

CREATE TABLE vol_volunteer (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id VARCHAR(64) NOT NULL,
    version BIGINT NOT NULL,
    volunteer_number VARCHAR(20) NOT NULL,
    name VARCHAR(50) NOT NULL,
    gender VARCHAR(10) NOT NULL,
    id_number VARCHAR(200) NOT NULL,
    id_number_index VARCHAR(64) NOT NULL,
    id_number_masked VARCHAR(18) NOT NULL,
    phone VARCHAR(20) NULL,
    affiliation_kind VARCHAR(20) NOT NULL,
    affiliation_name VARCHAR(100) NULL,
    skills VARCHAR(300) NULL,
    availability VARCHAR(200) NULL,
    emergency_contact VARCHAR(100) NULL,
    street_code VARCHAR(12) NOT NULL,
    login VARCHAR(100) NULL,
    status VARCHAR(10) NOT NULL,
    registered_on DATE NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    CONSTRAINT uq_vol_volunteer_index UNIQUE (tenant_id, id_number_index),
    CONSTRAINT uq_vol_volunteer_number UNIQUE (tenant_id, volunteer_number),
    CONSTRAINT uq_vol_volunteer_login UNIQUE (tenant_id, login),
    INDEX ix_vol_volunteer_street (tenant_id, street_code, affiliation_kind),
    INDEX ix_vol_volunteer_registered (tenant_id, street_code, registered_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE vol_shift (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id VARCHAR(64) NOT NULL,
    version BIGINT NOT NULL,
    role VARCHAR(100) NOT NULL,
    skills_wanted VARCHAR(300) NULL,
    street_code VARCHAR(12) NOT NULL,
    activity_id BIGINT NULL,
    spots INT NOT NULL,
    starts_at TIMESTAMP(6) NOT NULL,
    ends_at TIMESTAMP(6) NOT NULL,
    grace_minutes INT NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    INDEX ix_vol_shift_street (tenant_id, street_code, ends_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE vol_sign_up (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id VARCHAR(64) NOT NULL,
    version BIGINT NOT NULL,
    shift_id BIGINT NOT NULL,
    volunteer_id BIGINT NOT NULL,
    status VARCHAR(10) NOT NULL,
    queue_position BIGINT NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    CONSTRAINT uq_vol_sign_up UNIQUE (tenant_id, shift_id, volunteer_id),
    INDEX ix_vol_sign_up_volunteer (tenant_id, volunteer_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One attendance per person and shift: two scans at the same moment insert once (the unique key).
CREATE TABLE vol_attendance (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id VARCHAR(64) NOT NULL,
    version BIGINT NOT NULL,
    shift_id BIGINT NOT NULL,
    volunteer_id BIGINT NOT NULL,
    street_code VARCHAR(12) NOT NULL,
    checked_in_at TIMESTAMP(6) NOT NULL,
    checked_out_at TIMESTAMP(6) NULL,
    minutes BIGINT NOT NULL,
    status VARCHAR(12) NOT NULL,
    confirmed_by VARCHAR(100) NULL,
    confirmed_at TIMESTAMP(6) NULL,
    created_at TIMESTAMP(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    CONSTRAINT uq_vol_attendance UNIQUE (tenant_id, shift_id, volunteer_id),
    INDEX ix_vol_attendance_volunteer (tenant_id, volunteer_id),
    INDEX ix_vol_attendance_confirmed (tenant_id, status, confirmed_at, street_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE vol_attendance_correction (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id VARCHAR(64) NOT NULL,
    version BIGINT NOT NULL,
    attendance_id BIGINT NOT NULL,
    from_minutes BIGINT NOT NULL,
    to_minutes BIGINT NOT NULL,
    reason VARCHAR(300) NOT NULL,
    corrected_by VARCHAR(100) NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    INDEX ix_vol_correction_attendance (tenant_id, attendance_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE vol_time_account (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id VARCHAR(64) NOT NULL,
    version BIGINT NOT NULL,
    code VARCHAR(40) NOT NULL,
    kind VARCHAR(12) NOT NULL,
    balance_minutes BIGINT NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    CONSTRAINT uq_vol_time_account UNIQUE (tenant_id, code),
    -- The last line of defence: no account but the issuance one below zero.
    CONSTRAINT ck_vol_time_account_balance CHECK (kind = 'ISSUANCE' OR balance_minutes >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE vol_ledger_entry (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id VARCHAR(64) NOT NULL,
    version BIGINT NOT NULL,
    transfer_id VARCHAR(36) NOT NULL,
    account_code VARCHAR(40) NOT NULL,
    minutes BIGINT NOT NULL,
    memo VARCHAR(200) NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    INDEX ix_vol_ledger_account (tenant_id, account_code),
    INDEX ix_vol_ledger_transfer (tenant_id, transfer_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
