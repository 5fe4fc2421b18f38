-- Service-record certificates (志愿服务记录证明, 民政部令第67号). Tenant-owned like every table here.
-- A certificate copies what it certifies at issue, so its lines never follow later changes; a
-- revocation is written on the row (who, why, when) and the row is never deleted. Numbered 10 to
-- leave the low numbers to the module's other migrations.

CREATE TABLE vol_certificate (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id VARCHAR(64) NOT NULL,
    version BIGINT NOT NULL,
    serial_number VARCHAR(20) NOT NULL,
    token VARCHAR(22) NOT NULL,
    volunteer_id BIGINT NOT NULL,
    street_code VARCHAR(12) NOT NULL,
    holder_name VARCHAR(50) NOT NULL,
    holder_gender VARCHAR(10) NOT NULL,
    holder_id_masked VARCHAR(18) NOT NULL,
    volunteer_number VARCHAR(20) NOT NULL,
    affiliation_kind VARCHAR(20) NOT NULL,
    affiliation_name VARCHAR(100) NULL,
    issuer_name VARCHAR(200) NOT NULL,
    served_up_to DATE NOT NULL,
    first_served_on DATE NOT NULL,
    last_served_on DATE NOT NULL,
    service_count INT NOT NULL,
    total_minutes BIGINT NOT NULL,
    training VARCHAR(500) NULL,
    commendations VARCHAR(500) NULL,
    evaluation VARCHAR(500) NULL,
    issued_on DATE NOT NULL,
    valid_until DATE NOT NULL,
    issued_by VARCHAR(100) NOT NULL,
    revoked_at TIMESTAMP(6) NULL,
    revoked_on DATE NULL,
    revoked_by VARCHAR(100) NULL,
    revoked_reason VARCHAR(200) NULL,
    created_at TIMESTAMP(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    CONSTRAINT uq_vol_certificate_serial UNIQUE (tenant_id, serial_number),
    CONSTRAINT uq_vol_certificate_token UNIQUE (token),
    INDEX ix_vol_certificate_volunteer (tenant_id, volunteer_id),
    CONSTRAINT ck_vol_certificate_minutes CHECK (total_minutes >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE vol_certificate_line (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id VARCHAR(64) NOT NULL,
    version BIGINT NOT NULL,
    certificate_id BIGINT NOT NULL,
    served_on DATE NOT NULL,
    service VARCHAR(100) NOT NULL,
    minutes BIGINT NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    INDEX ix_vol_certificate_line (tenant_id, certificate_id),
    CONSTRAINT fk_vol_certificate_line FOREIGN KEY (certificate_id) REFERENCES vol_certificate (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
