-- Payment-discount vouchers: a usage is RESERVED when a payment starts (it counts against the limits), CONSUMED
-- when the payment is paid, and deleted again (released) when the payment fails, expires or is cancelled.
ALTER TABLE voucher_usage ADD status VARCHAR(20) NULL;
ALTER TABLE voucher_usage ADD payment_id BIGINT NULL;
UPDATE voucher_usage SET status = 'CONSUMED';
CREATE INDEX ix_voucher_usage_payment ON voucher_usage (payment_id);
ALTER TABLE payment ADD charged_amount DECIMAL(19,4) NULL;
ALTER TABLE payment ADD voucher_code VARCHAR(64) NULL;
UPDATE payment SET charged_amount = amount;
