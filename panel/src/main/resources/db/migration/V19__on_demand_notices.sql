-- An hourly charge of an on-demand server is silent; such orders are marked so the daily summary can list them.
ALTER TABLE server_order ADD hourly BOOLEAN DEFAULT FALSE NOT NULL;

-- Per customer: up to when their hourly charges were summarised by e-mail, and when they were last warned that
-- their wallet will not cover the next 24 hours (at most once a day).
CREATE TABLE on_demand_notice (
    user_id                BIGINT  NOT NULL PRIMARY KEY,
    summarised_until       ${ts}   NULL,
    low_balance_warned_at  ${ts}   NULL,
    CONSTRAINT fk_on_demand_notice_user FOREIGN KEY (user_id) REFERENCES users (id)
) ${table_options};
