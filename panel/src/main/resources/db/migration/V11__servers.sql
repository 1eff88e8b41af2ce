-- Servers sold by the panel, the orders that paid for them and each server's log. A server row exists before
-- Pterodactyl is called (charge before you give); provisioning and suspension are resumable from these columns.
CREATE TABLE game_server (
    id                      ${id} PRIMARY KEY,
    owner_id                BIGINT         NOT NULL,
    product_id              BIGINT         NOT NULL,
    name                    VARCHAR(191)   NOT NULL,
    state                   VARCHAR(20)    NOT NULL,
    -- The plan as sold (limits, egg, variables, price): later product edits never change it.
    plan                    ${text}        NOT NULL,
    price_kind              VARCHAR(20)    NOT NULL,
    period_value            INT            NOT NULL,
    period_unit             VARCHAR(10)    NOT NULL,
    period_amount           DECIMAL(19,4)  NOT NULL,
    slots                   INT            NULL,
    auto_renew              BOOLEAN        NOT NULL,
    expires_at              ${ts}          NULL,
    reminded_hours          INT            NULL,
    suspended_at            ${ts}          NULL,
    deletion_warned         BOOLEAN        NOT NULL,
    -- What Pterodactyl was last told: the sync step pushes the state's wish until they agree.
    suspended_in_panel      BOOLEAN        NOT NULL,
    refund_due              BOOLEAN        NOT NULL,
    pterodactyl_server_id   INT            NULL,
    identifier              VARCHAR(16)    NULL,
    node_id                 INT            NULL,
    address                 VARCHAR(255)   NULL,
    attempts                INT            NOT NULL,
    next_attempt_at         ${ts}          NULL,
    last_error              VARCHAR(500)   NULL,
    created_at              ${ts}          NOT NULL,
    updated_at              ${ts}          NOT NULL,
    version                 BIGINT         NOT NULL,
    CONSTRAINT fk_game_server_owner FOREIGN KEY (owner_id) REFERENCES users (id),
    CONSTRAINT fk_game_server_product FOREIGN KEY (product_id) REFERENCES catalog_product (id),
    CONSTRAINT uk_game_server_pterodactyl UNIQUE (pterodactyl_server_id)
) ${table_options};

CREATE INDEX ix_game_server_owner ON game_server (owner_id);
CREATE INDEX ix_game_server_state ON game_server (state, next_attempt_at);
CREATE INDEX ix_game_server_expiry ON game_server (state, expires_at);

CREATE TABLE server_order (
    id               ${id} PRIMARY KEY,
    user_id          BIGINT         NOT NULL,
    server_id        BIGINT         NOT NULL,
    product_id       BIGINT         NOT NULL,
    kind             VARCHAR(20)    NOT NULL,
    status           VARCHAR(20)    NOT NULL,
    period_amount    DECIMAL(19,4)  NOT NULL,
    setup_fee        DECIMAL(19,4)  NOT NULL,
    discount         DECIMAL(19,4)  NOT NULL,
    total            DECIMAL(19,4)  NOT NULL,
    voucher_code     VARCHAR(64)    NULL,
    idempotency_key  VARCHAR(64)    NULL,
    created_at       ${ts}          NOT NULL,
    CONSTRAINT fk_server_order_user FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT fk_server_order_server FOREIGN KEY (server_id) REFERENCES game_server (id),
    -- A double submit or a second tab carries the same key: one order.
    CONSTRAINT uk_server_order_key UNIQUE (user_id, idempotency_key),
    CONSTRAINT ck_server_order_total CHECK (total >= 0)
) ${table_options};

CREATE INDEX ix_server_order_server ON server_order (server_id);

CREATE TABLE server_log (
    id          ${id} PRIMARY KEY,
    server_id   BIGINT         NOT NULL,
    at          ${ts}          NOT NULL,
    event       VARCHAR(40)    NOT NULL,
    from_state  VARCHAR(20)    NULL,
    to_state    VARCHAR(20)    NULL,
    actor_id    BIGINT         NULL,
    detail      VARCHAR(500)   NULL,
    CONSTRAINT fk_server_log_server FOREIGN KEY (server_id) REFERENCES game_server (id)
) ${table_options};

CREATE INDEX ix_server_log_server ON server_log (server_id, at);

-- A server-discount voucher is used by an order, and given back when that order is refunded.
ALTER TABLE voucher_usage ADD order_id BIGINT NULL;
