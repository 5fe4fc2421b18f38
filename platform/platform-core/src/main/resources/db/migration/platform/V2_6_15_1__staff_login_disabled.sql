-- A staff member's login disabled by the operator admin, so the staff page shows its state (在用 / 已停用)
-- without asking Keycloak for every row. Logins disabled before this column existed show as in use
-- until they are disabled again here (Keycloak keeps refusing them meanwhile).
ALTER TABLE staff_member ADD COLUMN login_disabled BOOLEAN NOT NULL DEFAULT FALSE;
