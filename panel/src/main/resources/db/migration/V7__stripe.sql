-- Card payments: the gateway's id for a payment (Stripe's Checkout Session) and where the customer pays.
ALTER TABLE payment ADD checkout_url VARCHAR(1000) NULL;
CREATE INDEX ix_payment_external ON payment (gateway, external_id);
