-- Every table starts with plg_hello_world_; the panel refuses a migration that touches any other.
CREATE TABLE plg_hello_world_greeting (
    id          ${id} PRIMARY KEY,
    account_id  BIGINT        NOT NULL,
    name        VARCHAR(60)   NOT NULL,
    created_at  ${ts}         NOT NULL
) ${table_options};

CREATE TABLE plg_hello_world_event (
    id          ${id} PRIMARY KEY,
    event_type  VARCHAR(60)   NOT NULL,
    account_id  BIGINT        NULL,
    received_at ${ts}         NOT NULL
) ${table_options};

CREATE TABLE plg_hello_world_tick (
    id          ${id} PRIMARY KEY,
    ran_at      ${ts}         NOT NULL
) ${table_options};
