-- Personal access tokens for the REST API: only the SHA-256 of the token is kept; the first characters are kept in
-- clear so the owner can tell tokens apart. Scopes are a comma-separated list (read, write, admin:read, admin:write).
CREATE TABLE api_token (
    id            ${id} PRIMARY KEY,
    user_id       BIGINT        NOT NULL,
    name          VARCHAR(100)  NOT NULL,
    token_hash    VARCHAR(64)   NOT NULL,
    token_hint    VARCHAR(20)   NOT NULL,
    scopes        VARCHAR(100)  NOT NULL,
    created_at    ${ts}         NOT NULL,
    expires_at    ${ts}         NULL,
    last_used_at  ${ts}         NULL,
    revoked_at    ${ts}         NULL,
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_user FOREIGN KEY (user_id) REFERENCES users (id)
) ${table_options};
CREATE INDEX ix_api_token_user ON api_token (user_id);

-- An Idempotency-Key seen on a POST of one account: the hash of the request it came with and, once answered, the
-- answer, so the same key again gets the same answer without a second effect.
CREATE TABLE api_idempotency (
    id             ${id} PRIMARY KEY,
    user_id        BIGINT         NOT NULL,
    idem_key       VARCHAR(100)   NOT NULL,
    request_hash   VARCHAR(64)    NOT NULL,
    status         INT            NULL,
    response_body  ${text}        NULL,
    created_at     ${ts}          NOT NULL,
    CONSTRAINT uq_api_idempotency UNIQUE (user_id, idem_key),
    CONSTRAINT fk_api_idempotency_user FOREIGN KEY (user_id) REFERENCES users (id)
) ${table_options};
