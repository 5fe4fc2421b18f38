-- The cross-operator summary of a volunteer's certified hours (志愿服务时长汇总), issued on the
-- volunteer's own request. It copies, at issue, each operator's confirmed minutes as that operator
-- recorded them in the person's global identity (by operator name, nothing else of the operator),
-- so the paper never follows later changes. Kept by the operator the volunteer signed in at.

CREATE TABLE vol_hours_summary (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id VARCHAR(64) NOT NULL,
    version BIGINT NOT NULL,
    volunteer_id BIGINT NOT NULL,
    holder_name VARCHAR(50) NOT NULL,
    holder_id_masked VARCHAR(18) NOT NULL,
    volunteer_number VARCHAR(20) NOT NULL,
    operator_lines VARCHAR(4000) NOT NULL,
    total_minutes BIGINT NOT NULL,
    issued_at TIMESTAMP(6) NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    INDEX ix_vol_hours_summary_volunteer (tenant_id, volunteer_id),
    CONSTRAINT ck_vol_hours_summary_minutes CHECK (total_minutes >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
