-- Vendor differences are Flyway placeholders filled in by DatabaseVendorPlaceholders:
-- ${id} identity column, ${ts} timestamp with microseconds, ${text} long text, ${blob} bytes,
-- ${table_options} storage engine and character set (MariaDB/MySQL only).

CREATE TABLE users (
    id                          ${id} PRIMARY KEY,
    email                       VARCHAR(254) NULL,
    deleted_email               VARCHAR(254) NULL,
    pending_email               VARCHAR(254) NULL,
    password_hash               VARCHAR(255) NOT NULL,
    first_name                  VARCHAR(100) NOT NULL,
    last_name                   VARCHAR(100) NOT NULL,
    role                        VARCHAR(20)  NOT NULL,
    language                    VARCHAR(10)  NULL,
    email_verified              BOOLEAN      NOT NULL,
    blocked                     BOOLEAN      NOT NULL,
    session_version             INT          NOT NULL,
    verification_sent_at        ${ts}        NULL,
    created_at                  ${ts}        NOT NULL,
    updated_at                  ${ts}        NOT NULL,
    deleted_at                  ${ts}        NULL,
    version                     BIGINT       NOT NULL,
    CONSTRAINT uk_users_email UNIQUE (email)
) ${table_options};

CREATE TABLE account_token (
    id          ${id} PRIMARY KEY,
    user_id     BIGINT       NOT NULL,
    purpose     VARCHAR(30)  NOT NULL,
    token_hash  CHAR(64)     NOT NULL,
    new_email   VARCHAR(254) NULL,
    expires_at  ${ts}        NOT NULL,
    used_at     ${ts}        NULL,
    created_at  ${ts}        NOT NULL,
    CONSTRAINT uk_account_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_account_token_user FOREIGN KEY (user_id) REFERENCES users (id)
) ${table_options};
CREATE INDEX ix_account_token_user ON account_token (user_id, purpose);

CREATE TABLE persistent_logins (
    username   VARCHAR(254) NOT NULL,
    series     VARCHAR(64)  NOT NULL PRIMARY KEY,
    token      VARCHAR(64)  NOT NULL,
    last_used  ${ts}        NOT NULL
) ${table_options};
CREATE INDEX ix_persistent_logins_user ON persistent_logins (username);

CREATE TABLE setting (
    setting_key    VARCHAR(100) NOT NULL PRIMARY KEY,
    setting_value  ${text}      NULL,
    updated_at     ${ts}        NOT NULL
) ${table_options};

CREATE TABLE audit_log (
    id             ${id} PRIMARY KEY,
    action         VARCHAR(50)   NOT NULL,
    actor_id       BIGINT        NULL,
    actor_email    VARCHAR(254)  NULL,
    subject_id     BIGINT        NULL,
    subject_email  VARCHAR(254)  NULL,
    ip             VARCHAR(45)   NULL,
    details        VARCHAR(1000) NULL,
    created_at     ${ts}         NOT NULL
) ${table_options};
CREATE INDEX ix_audit_log_created ON audit_log (created_at);
CREATE INDEX ix_audit_log_action ON audit_log (action, created_at);

CREATE TABLE email_log (
    id              ${id} PRIMARY KEY,
    user_id         BIGINT        NULL,
    recipient       VARCHAR(254)  NOT NULL,
    mail_type       VARCHAR(40)   NOT NULL,
    subject         VARCHAR(300)  NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    error           VARCHAR(1000) NULL,
    sealed_content  ${text}       NOT NULL,
    attempts        INT           NOT NULL,
    created_at      ${ts}         NOT NULL,
    last_attempt_at ${ts}         NULL
) ${table_options};
CREATE INDEX ix_email_log_created ON email_log (created_at);

CREATE TABLE rate_limit_window (
    bucket_key    VARCHAR(200) NOT NULL,
    window_start  BIGINT       NOT NULL,
    hits          INT          NOT NULL,
    PRIMARY KEY (bucket_key, window_start)
) ${table_options};

-- Spring Session tables keep their default upper-case names: MySQL table names are case-sensitive.
CREATE TABLE SPRING_SESSION (
    primary_id             CHAR(36)     NOT NULL,
    session_id             CHAR(36)     NOT NULL,
    creation_time          BIGINT       NOT NULL,
    last_access_time       BIGINT       NOT NULL,
    max_inactive_interval  INT          NOT NULL,
    expiry_time            BIGINT       NOT NULL,
    principal_name         VARCHAR(254) NULL,
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
) ${table_options};
CREATE UNIQUE INDEX spring_session_ix1 ON SPRING_SESSION (session_id);
CREATE INDEX spring_session_ix2 ON SPRING_SESSION (expiry_time);
CREATE INDEX spring_session_ix3 ON SPRING_SESSION (principal_name);

CREATE TABLE SPRING_SESSION_ATTRIBUTES (
    session_primary_id  CHAR(36)     NOT NULL,
    attribute_name      VARCHAR(200) NOT NULL,
    attribute_bytes     ${blob}      NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id) REFERENCES SPRING_SESSION (primary_id) ON DELETE CASCADE
) ${table_options};
