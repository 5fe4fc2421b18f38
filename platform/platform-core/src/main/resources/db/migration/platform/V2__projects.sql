-- Projects under checklist management (清单化管理): a project of one station, with its needs
-- research notes (需求调研) and plan, broken into checklist items (清单). An item is done through
-- activities and may count toward one target of a contract held for the project's station.
-- All three tables are tenant-owned: tenant_id first in every index, as EclipseLink filters on it.
-- Nothing is ever hard-deleted: a project is closed or cancelled through its status.

CREATE TABLE project (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id VARCHAR(64) NOT NULL,
    version BIGINT NOT NULL,
    name VARCHAR(100) NOT NULL,
    station_id BIGINT NOT NULL,
    status VARCHAR(20) NOT NULL,
    needs TEXT NULL,
    plan_text TEXT NULL,
    starts_on DATE NULL,
    ends_on DATE NULL,
    created_at TIMESTAMP(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    INDEX ix_project_tenant (tenant_id, station_id, status),
    INDEX ix_project_tenant_name (tenant_id, name),
    CONSTRAINT fk_project_station FOREIGN KEY (station_id) REFERENCES station (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE project_item (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id VARCHAR(64) NOT NULL,
    version BIGINT NOT NULL,
    project_id BIGINT NOT NULL,
    sort_order INT NOT NULL,
    title VARCHAR(200) NOT NULL,
    planned INT NOT NULL,
    contract_id BIGINT NULL,
    target_metric VARCHAR(64) NULL,
    note VARCHAR(500) NULL,
    created_at TIMESTAMP(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    INDEX ix_project_item_tenant (tenant_id, project_id, sort_order),
    CONSTRAINT fk_project_item_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_project_item_contract FOREIGN KEY (contract_id) REFERENCES contract (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE project_item_activity (
    item_id BIGINT NOT NULL,
    activity_id BIGINT NOT NULL,
    PRIMARY KEY (item_id, activity_id),
    INDEX ix_project_item_activity (activity_id),
    CONSTRAINT fk_item_activity_item FOREIGN KEY (item_id) REFERENCES project_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_item_activity_activity FOREIGN KEY (activity_id) REFERENCES activity (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
