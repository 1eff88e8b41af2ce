-- A customer's move of a server to another product. The upgrade's charge (or the downgrade's intent) is written in one
-- transaction with this row; background work then sends the new limits to Pterodactyl and settles it: APPLIED, or
-- REVERSED (the charge credited back) when Pterodactyl refuses for good.
CREATE TABLE plan_change (
    id                 ${id} PRIMARY KEY,
    server_id          BIGINT         NOT NULL,
    account_id         BIGINT         NOT NULL,
    from_product_id    BIGINT         NOT NULL,
    to_product_id      BIGINT         NOT NULL,
    from_name          VARCHAR(200)   NOT NULL,
    to_name            VARCHAR(200)   NOT NULL,
    old_period_amount  DECIMAL(19,4)  NOT NULL,
    new_period_amount  DECIMAL(19,4)  NOT NULL,
    -- What the rest of the period is worth at the new price less the old: positive for an upgrade.
    prorated           DECIMAL(19,4)  NOT NULL,
    -- What moves in the wallet: charged (positive) now, credited (negative) once applied, or nothing.
    settled            DECIMAL(19,4)  NOT NULL,
    new_plan           ${text}        NOT NULL,
    status             VARCHAR(20)    NOT NULL,
    idempotency_key    VARCHAR(64)    NOT NULL,
    attempts           INT            DEFAULT 0 NOT NULL,
    due_at             ${ts}          NULL,
    last_error         VARCHAR(500)   NULL,
    created_at         ${ts}          NOT NULL,
    settled_at         ${ts}          NULL,
    CONSTRAINT fk_plan_change_server FOREIGN KEY (server_id) REFERENCES game_server (id),
    CONSTRAINT uk_plan_change_key UNIQUE (account_id, idempotency_key)
) ${table_options};
CREATE INDEX ix_plan_change_server ON plan_change (server_id, id);
CREATE INDEX ix_plan_change_due ON plan_change (status, due_at);

-- A customer's cancellation: at the end of the paid period (the lifecycle job deletes the server then instead of
-- suspending it), or at once; the reason they gave is kept for admins.
ALTER TABLE game_server ADD ends_at_expiry BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE game_server ADD cancelled_at ${ts} NULL;
ALTER TABLE game_server ADD cancellation_reason VARCHAR(500) NULL;
