-- The Pterodactyl user and client key of each panel account, and the locks of scheduled jobs.

CREATE TABLE pterodactyl_account (
    user_id                BIGINT        NOT NULL PRIMARY KEY,
    status                 VARCHAR(20)   NOT NULL,
    pterodactyl_user_id    BIGINT        NULL,
    pterodactyl_username   VARCHAR(191)  NULL,
    key_identifier         VARCHAR(32)   NULL,
    sealed_client_key      ${text}       NULL,
    root_admin             BOOLEAN       NOT NULL,
    attempts               INT           NOT NULL,
    last_error             VARCHAR(1000) NULL,
    next_attempt_at        ${ts}         NOT NULL,
    created_at             ${ts}         NOT NULL,
    updated_at             ${ts}         NOT NULL,
    version                BIGINT        NOT NULL,
    CONSTRAINT fk_pterodactyl_account_user FOREIGN KEY (user_id) REFERENCES users (id)
) ${table_options};
CREATE INDEX ix_pterodactyl_account_due ON pterodactyl_account (status, next_attempt_at);

CREATE TABLE shedlock (
    name        VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until  ${ts}        NOT NULL,
    locked_at   ${ts}        NOT NULL,
    locked_by   VARCHAR(255) NOT NULL
) ${table_options};
