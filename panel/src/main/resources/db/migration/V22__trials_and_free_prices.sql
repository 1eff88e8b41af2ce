-- A free price (amount 0) may be limited to one per customer; trials always are.
ALTER TABLE catalog_price ADD once_per_customer BOOLEAN DEFAULT FALSE NOT NULL;

-- While a server is in its free trial: how long the trial lasts from the moment the server is ready. The first paid
-- period clears it.
ALTER TABLE game_server ADD trial_period_value INT NULL;
ALTER TABLE game_server ADD trial_period_unit VARCHAR(10) NULL;

-- Offers each customer gets once per product (TRIAL, FREE), counted by panel account and by Pterodactyl user, so
-- neither parallel orders nor a second e-mail address on the same Pterodactyl user get one twice.
CREATE TABLE order_offer_use (
    id                   ${id} PRIMARY KEY,
    product_id           BIGINT       NOT NULL,
    offer                VARCHAR(10)  NOT NULL,
    account_id           BIGINT       NOT NULL,
    pterodactyl_user_id  BIGINT       NOT NULL,
    server_id            BIGINT       NOT NULL,
    created_at           ${ts}        NOT NULL,
    CONSTRAINT fk_order_offer_use_product FOREIGN KEY (product_id) REFERENCES catalog_product (id)
) ${table_options};

CREATE UNIQUE INDEX ux_order_offer_use_account ON order_offer_use (product_id, offer, account_id);
CREATE UNIQUE INDEX ux_order_offer_use_pterodactyl ON order_offer_use (product_id, offer, pterodactyl_user_id);
