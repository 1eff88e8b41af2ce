-- Saved cards: Stripe keeps the card, the panel only its payment method id, brand, last 4 digits and expiry.
-- A customer's Stripe Customer is created once; the card chosen for auto-renewal is per account.
CREATE TABLE stripe_customer (
    user_id          BIGINT        PRIMARY KEY,
    customer_id      VARCHAR(255)  NOT NULL,
    renewal_card_id  BIGINT        NULL,
    created_at       ${ts}         NOT NULL,
    CONSTRAINT fk_stripe_customer_user FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT uk_stripe_customer UNIQUE (customer_id)
) ${table_options};

CREATE TABLE saved_card (
    id              ${id} PRIMARY KEY,
    user_id         BIGINT        NOT NULL,
    payment_method  VARCHAR(255)  NOT NULL,
    brand           VARCHAR(30)   NOT NULL,
    last4           VARCHAR(4)    NOT NULL,
    exp_month       INT           NOT NULL,
    exp_year        INT           NOT NULL,
    created_at      ${ts}         NOT NULL,
    CONSTRAINT fk_saved_card_user FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT uk_saved_card_method UNIQUE (payment_method)
) ${table_options};
CREATE INDEX ix_saved_card_user ON saved_card (user_id);

-- A wallet short at auto-renewal, charged to the saved card off-session: stored with its payment in the transaction
-- that found the shortfall, then sent to Stripe (again after a crash, under the same idempotency key) by a job.
CREATE TABLE renewal_charge (
    payment_id      BIGINT        PRIMARY KEY,
    server_id       BIGINT        NOT NULL,
    renewal_key     VARCHAR(64)   NOT NULL,
    payment_method  VARCHAR(255)  NULL,
    state           VARCHAR(20)   NOT NULL,
    attempts        INT           NOT NULL,
    due_at          ${ts}         NOT NULL,
    decline_code    VARCHAR(60)   NULL,
    CONSTRAINT fk_renewal_charge_payment FOREIGN KEY (payment_id) REFERENCES payment (id),
    CONSTRAINT uk_renewal_charge_key UNIQUE (renewal_key)
) ${table_options};
CREATE INDEX ix_renewal_charge_due ON renewal_charge (state, due_at);
