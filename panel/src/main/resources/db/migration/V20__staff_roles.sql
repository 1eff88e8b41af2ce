-- Staff roles: what each member of staff may do in the admin area. Built-in roles carry a code; Administrator holds
-- every permission without listing them, so permissions added later are his too.
CREATE TABLE staff_role (
    id          ${id} PRIMARY KEY,
    code        VARCHAR(20)  NULL,
    name        VARCHAR(60)  NOT NULL,
    created_at  ${ts}        NOT NULL,
    updated_at  ${ts}        NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT uk_staff_role_code UNIQUE (code),
    CONSTRAINT uk_staff_role_name UNIQUE (name)
) ${table_options};

CREATE TABLE staff_role_permission (
    role_id     BIGINT       NOT NULL,
    permission  VARCHAR(40)  NOT NULL,
    PRIMARY KEY (role_id, permission),
    CONSTRAINT fk_staff_role_permission_role FOREIGN KEY (role_id) REFERENCES staff_role (id) ON DELETE CASCADE
) ${table_options};

INSERT INTO staff_role (code, name, created_at, updated_at, version) VALUES ('ADMINISTRATOR', 'Administrator', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO staff_role (code, name, created_at, updated_at, version) VALUES ('SUPPORT', 'Support', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO staff_role (code, name, created_at, updated_at, version) VALUES ('ACCOUNTANT', 'Accountant', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);

-- Support: customers and their servers, without money, settings or deleting.
INSERT INTO staff_role_permission (role_id, permission)
SELECT r.id, p.permission FROM staff_role r CROSS JOIN (
    SELECT 'OVERVIEW_VIEW' AS permission UNION ALL SELECT 'USERS_VIEW' UNION ALL SELECT 'USERS_CHANGE'
    UNION ALL SELECT 'SERVERS_VIEW' UNION ALL SELECT 'SERVERS_CHANGE' UNION ALL SELECT 'PRODUCTS_VIEW'
    UNION ALL SELECT 'CATEGORIES_VIEW' UNION ALL SELECT 'ANNOUNCEMENTS_VIEW' UNION ALL SELECT 'PTERODACTYL_VIEW'
    UNION ALL SELECT 'LOGS_VIEW' UNION ALL SELECT 'EMAILS_VIEW' UNION ALL SELECT 'EMAILS_CHANGE'
) p WHERE r.code = 'SUPPORT';

-- Accountant: payments, wallets and orders; everything else read-only.
INSERT INTO staff_role_permission (role_id, permission)
SELECT r.id, p.permission FROM staff_role r CROSS JOIN (
    SELECT 'OVERVIEW_VIEW' AS permission UNION ALL SELECT 'USERS_VIEW' UNION ALL SELECT 'WALLETS_VIEW'
    UNION ALL SELECT 'WALLETS_CHANGE' UNION ALL SELECT 'SERVERS_VIEW' UNION ALL SELECT 'PRODUCTS_VIEW'
    UNION ALL SELECT 'CATEGORIES_VIEW' UNION ALL SELECT 'PAYMENTS_VIEW' UNION ALL SELECT 'PAYMENTS_CHANGE'
    UNION ALL SELECT 'ORDERS_VIEW' UNION ALL SELECT 'VOUCHERS_VIEW' UNION ALL SELECT 'ANNOUNCEMENTS_VIEW'
    UNION ALL SELECT 'SETTINGS_VIEW' UNION ALL SELECT 'PTERODACTYL_VIEW' UNION ALL SELECT 'LOGS_VIEW'
    UNION ALL SELECT 'EMAILS_VIEW' UNION ALL SELECT 'ROLES_VIEW' UNION ALL SELECT 'PLUGINS_VIEW'
    UNION ALL SELECT 'THEMES_VIEW'
) p WHERE r.code = 'ACCOUNTANT';

-- Every account that was an admin stays one, as Administrator.
ALTER TABLE users ADD staff_role_id BIGINT NULL;
CREATE INDEX ix_users_staff_role ON users (staff_role_id);
ALTER TABLE users ADD CONSTRAINT fk_users_staff_role FOREIGN KEY (staff_role_id) REFERENCES staff_role (id);
UPDATE users SET staff_role_id = (SELECT id FROM staff_role WHERE code = 'ADMINISTRATOR') WHERE role = 'ADMIN';
