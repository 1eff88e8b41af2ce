-- Passkeys (WebAuthn). Each account that registers one gets a random user handle, which authenticators keep
-- instead of the account id or e-mail. Binary values are stored as base64url text, which every engine holds alike.
CREATE TABLE passkey_user (
    user_id  BIGINT        NOT NULL PRIMARY KEY,
    handle   VARCHAR(100)  NOT NULL,
    CONSTRAINT uq_passkey_user_handle UNIQUE (handle),
    CONSTRAINT fk_passkey_user_user FOREIGN KEY (user_id) REFERENCES users (id)
) ${table_options};

CREATE TABLE passkey (
    id                  ${id} PRIMARY KEY,
    user_id             BIGINT        NOT NULL,
    -- SHA-256 of the credential id, for a unique index: the id itself may be up to 1023 bytes long.
    credential_hash     VARCHAR(64)   NOT NULL,
    credential_id       ${text}       NOT NULL,
    name                VARCHAR(100)  NOT NULL,
    public_key          ${text}       NOT NULL,
    signature_count     BIGINT        NOT NULL,
    uv_initialized      BOOLEAN       NOT NULL,
    backup_eligible     BOOLEAN       NOT NULL,
    backup_state        BOOLEAN       NOT NULL,
    transports          VARCHAR(255)  NULL,
    attestation_object  ${text}       NOT NULL,
    client_data_json    ${text}       NULL,
    created_at          ${ts}         NOT NULL,
    last_used_at        ${ts}         NULL,
    CONSTRAINT uq_passkey_credential UNIQUE (credential_hash),
    CONSTRAINT fk_passkey_user FOREIGN KEY (user_id) REFERENCES users (id)
) ${table_options};
CREATE INDEX ix_passkey_user ON passkey (user_id);
