-- The poller of pending payments asks first about the payment it asked about longest ago (never asked: since its
-- creation), so payments a gateway never settles take their turn with the others instead of hiding newer ones.
ALTER TABLE payment ADD checked_at ${ts} NULL;
UPDATE payment SET checked_at = created_at;
CREATE INDEX ix_payment_pending_checked ON payment (status, checked_at);

-- A saved card that must still be detached at Stripe (its account was closed): kept until Stripe confirms, retried
-- with back-off, so closing the account never waits for Stripe and no card is forgotten while Stripe still holds it.
CREATE TABLE card_detachment (
    id               ${id} PRIMARY KEY,
    user_id          BIGINT         NOT NULL,
    payment_method   VARCHAR(255)   NOT NULL,
    attempts         INT            DEFAULT 0 NOT NULL,
    last_error       VARCHAR(500)   NULL,
    next_attempt_at  ${ts}          NOT NULL,
    created_at       ${ts}          NOT NULL,
    CONSTRAINT uk_card_detachment_method UNIQUE (payment_method)
) ${table_options};
CREATE INDEX ix_card_detachment_due ON card_detachment (next_attempt_at);
