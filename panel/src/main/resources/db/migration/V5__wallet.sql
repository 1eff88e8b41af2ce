-- The wallet is a ledger: every change is an immutable entry; wallet.balance caches their sum and is only
-- changed in the same transaction as the entry, under the wallet row's lock.
CREATE TABLE wallet (
    user_id     BIGINT         NOT NULL PRIMARY KEY,
    balance     DECIMAL(19,4)  NOT NULL,
    updated_at  ${ts}          NOT NULL,
    CONSTRAINT fk_wallet_user FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT ck_wallet_not_negative CHECK (balance >= 0)
) ${table_options};

CREATE TABLE wallet_entry (
    id              ${id} PRIMARY KEY,
    user_id         BIGINT         NOT NULL,
    amount          DECIMAL(19,4)  NOT NULL,
    balance_after   DECIMAL(19,4)  NOT NULL,
    reason          VARCHAR(40)    NOT NULL,
    reference_type  VARCHAR(40)    NULL,
    reference_id    VARCHAR(100)   NULL,
    note            VARCHAR(500)   NULL,
    actor_id        BIGINT         NULL,
    created_at      ${ts}          NOT NULL,
    CONSTRAINT fk_wallet_entry_wallet FOREIGN KEY (user_id) REFERENCES wallet (user_id)
) ${table_options};
CREATE INDEX ix_wallet_entry_user ON wallet_entry (user_id, created_at);
-- One entry per referenced thing and reason: a payment or an order is credited or charged once, whatever retries.
CREATE UNIQUE INDEX ux_wallet_entry_reference ON wallet_entry (reason, reference_type, reference_id);
