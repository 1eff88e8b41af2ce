-- Two-factor sign-in (TOTP): the secret, encrypted by the panel; a row exists from set-up, enabled once confirmed.
CREATE TABLE two_factor (
    user_id         BIGINT        NOT NULL PRIMARY KEY,
    secret          VARCHAR(255)  NOT NULL,
    enabled         BOOLEAN       NOT NULL,
    -- The newest 30-second step whose code was accepted: a code is never accepted twice.
    last_used_step  BIGINT        NULL,
    created_at      ${ts}         NOT NULL,
    enabled_at      ${ts}         NULL,
    CONSTRAINT fk_two_factor_user FOREIGN KEY (user_id) REFERENCES users (id)
) ${table_options};

-- Single-use recovery codes, stored as SHA-256 hashes of 80 random bits.
CREATE TABLE two_factor_recovery_code (
    id          ${id} PRIMARY KEY,
    user_id     BIGINT       NOT NULL,
    code_hash   VARCHAR(64)  NOT NULL,
    used_at     ${ts}        NULL,
    created_at  ${ts}        NOT NULL,
    CONSTRAINT fk_recovery_code_user FOREIGN KEY (user_id) REFERENCES users (id)
) ${table_options};
CREATE INDEX ix_recovery_code_user ON two_factor_recovery_code (user_id);

-- Browsers that may skip the second step for a while; the cookie holds a random token, stored here hashed.
CREATE TABLE trusted_device (
    id            ${id} PRIMARY KEY,
    user_id       BIGINT        NOT NULL,
    token_hash    VARCHAR(64)   NOT NULL,
    device        VARCHAR(100)  NULL,
    ip            VARCHAR(64)   NULL,
    created_at    ${ts}         NOT NULL,
    expires_at    ${ts}         NOT NULL,
    last_used_at  ${ts}         NULL,
    CONSTRAINT uq_trusted_device_token UNIQUE (token_hash),
    CONSTRAINT fk_trusted_device_user FOREIGN KEY (user_id) REFERENCES users (id)
) ${table_options};
CREATE INDEX ix_trusted_device_user ON trusted_device (user_id);
