-- Messages from the provider to customers, shown at the top of their pages while active.
CREATE TABLE announcement (
    id           ${id} PRIMARY KEY,
    title        VARCHAR(150)   NOT NULL,
    body         ${text}        NOT NULL,
    audience     VARCHAR(20)    NOT NULL,
    product_id   BIGINT         NULL,
    starts_at    ${ts}          NOT NULL,
    ends_at      ${ts}          NULL,
    dismissible  BOOLEAN        NOT NULL,
    created_at   ${ts}          NOT NULL,
    updated_at   ${ts}          NOT NULL,
    version      BIGINT         NOT NULL
) ${table_options};
CREATE INDEX ix_announcement_window ON announcement (starts_at, ends_at);

CREATE TABLE announcement_dismissal (
    announcement_id  BIGINT  NOT NULL,
    user_id          BIGINT  NOT NULL,
    dismissed_at     ${ts}   NOT NULL,
    PRIMARY KEY (announcement_id, user_id),
    CONSTRAINT fk_dismissal_announcement FOREIGN KEY (announcement_id) REFERENCES announcement (id) ON DELETE CASCADE,
    CONSTRAINT fk_dismissal_user FOREIGN KEY (user_id) REFERENCES users (id)
) ${table_options};
