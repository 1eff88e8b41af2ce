-- Top-ups: a payment is credited to its owner's wallet exactly once, when the gateway (or an admin, for bank
-- transfers) confirms it; the wallet entry references the payment.
CREATE TABLE payment (
    id           ${id} PRIMARY KEY,
    user_id      BIGINT         NOT NULL,
    gateway      VARCHAR(20)    NOT NULL,
    reference    VARCHAR(40)    NOT NULL,
    amount       DECIMAL(19,4)  NOT NULL,
    currency     CHAR(3)        NOT NULL,
    status       VARCHAR(20)    NOT NULL,
    external_id  VARCHAR(255)   NULL,
    created_at   ${ts}          NOT NULL,
    updated_at   ${ts}          NOT NULL,
    settled_at   ${ts}          NULL,
    settled_by   VARCHAR(254)   NULL,
    version      BIGINT         NOT NULL,
    CONSTRAINT fk_payment_user FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT uk_payment_reference UNIQUE (reference)
) ${table_options};
CREATE INDEX ix_payment_user ON payment (user_id, created_at);
CREATE INDEX ix_payment_status ON payment (status, created_at);
