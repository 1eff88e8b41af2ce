-- An admin closed a customer's account: what is left to end (their servers, then their Pterodactyl user), written in
-- the transaction that deleted the account, so a crash midway is finished by the next sweep.
CREATE TABLE account_closure (
    user_id          BIGINT        PRIMARY KEY,
    status           VARCHAR(20)   NOT NULL,
    closed_by        BIGINT        NULL,
    attempts         INT           NOT NULL,
    last_error       VARCHAR(1000) NULL,
    next_attempt_at  ${ts}         NOT NULL,
    created_at       ${ts}         NOT NULL,
    updated_at       ${ts}         NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT fk_account_closure_user FOREIGN KEY (user_id) REFERENCES users (id)
) ${table_options};
CREATE INDEX ix_account_closure_due ON account_closure (status, next_attempt_at);

-- The admin's customer page lists the audit lines about one account.
CREATE INDEX ix_audit_log_actor ON audit_log (actor_id, created_at);
CREATE INDEX ix_audit_log_subject ON audit_log (subject_id, created_at);
