-- Vouchers: codes that credit a wallet. used_count is changed only under the voucher row's lock, together with
-- the usage row, so limits hold under parallel redemptions.
CREATE TABLE voucher (
    id                    ${id} PRIMARY KEY,
    code                  VARCHAR(64)    NOT NULL,
    voucher_type          VARCHAR(30)    NOT NULL,
    amount                DECIMAL(19,4)  NOT NULL,
    new_accounts_only     BOOLEAN        NOT NULL,
    minimum_top_up_total  DECIMAL(19,4)  NULL,
    expires_at            ${ts}          NULL,
    max_uses              INT            NULL,
    used_count            INT            NOT NULL,
    description           VARCHAR(500)   NULL,
    created_at            ${ts}          NOT NULL,
    deleted_at            ${ts}          NULL,
    version               BIGINT         NOT NULL,
    CONSTRAINT uk_voucher_code UNIQUE (code)
) ${table_options};

CREATE TABLE voucher_usage (
    id          ${id} PRIMARY KEY,
    voucher_id  BIGINT  NOT NULL,
    user_id     BIGINT  NOT NULL,
    used_at     ${ts}   NOT NULL,
    CONSTRAINT fk_voucher_usage_voucher FOREIGN KEY (voucher_id) REFERENCES voucher (id),
    CONSTRAINT fk_voucher_usage_user FOREIGN KEY (user_id) REFERENCES users (id),
    -- A balance voucher is used once per account.
    CONSTRAINT uk_voucher_usage UNIQUE (voucher_id, user_id)
) ${table_options};
