-- Which version of each tenants/ file provisioning last applied (SHA-256 of its bytes). At start a
-- file whose content is unchanged is not applied again, so what admins changed in the UI since
-- survives a restart; a file that changed is applied (its values win for what it names).
-- Global on purpose: the registry of files, not tenant data.
CREATE TABLE provisioned_file (
    file VARCHAR(200) NOT NULL PRIMARY KEY,
    sha256 CHAR(64) NOT NULL,
    applied_at TIMESTAMP(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
