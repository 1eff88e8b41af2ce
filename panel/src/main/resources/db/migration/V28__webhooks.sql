-- Outbound webhooks: endpoints an admin registered, the events they receive (one message per event, its body fixed
-- when the event committed), one delivery per endpoint and message written in the transaction that raised the event,
-- and every attempt to send it. A crash between the commit and the send only delays the delivery to the next sweep.
CREATE TABLE webhook_endpoint (
    id              ${id}          PRIMARY KEY,
    url             VARCHAR(2000)  NOT NULL,
    description     VARCHAR(255)   NOT NULL,
    events          VARCHAR(4000)  NOT NULL,
    sealed_secret   VARCHAR(1000)  NOT NULL,
    enabled         BOOLEAN        NOT NULL,
    disabled_at     ${ts}          NULL,
    failing_since   ${ts}          NULL,
    created_at      ${ts}          NOT NULL,
    updated_at      ${ts}          NOT NULL
) ${table_options};

CREATE TABLE webhook_message (
    id              ${id}          PRIMARY KEY,
    message_id      VARCHAR(40)    NOT NULL,
    event_type      VARCHAR(60)    NOT NULL,
    body            ${text}        NOT NULL,
    created_at      ${ts}          NOT NULL,
    CONSTRAINT uk_webhook_message_id UNIQUE (message_id)
) ${table_options};

CREATE TABLE webhook_delivery (
    id              ${id}          PRIMARY KEY,
    endpoint_id     BIGINT         NOT NULL,
    message_id      BIGINT         NOT NULL,
    status          VARCHAR(20)    NOT NULL,
    attempts        INT            NOT NULL,
    next_attempt_at ${ts}          NOT NULL,
    give_up_at      ${ts}          NOT NULL,
    lease_until     ${ts}          NULL,
    last_status     INT            NULL,
    delivered_at    ${ts}          NULL,
    redelivery      BOOLEAN        NOT NULL,
    created_at      ${ts}          NOT NULL,
    CONSTRAINT fk_webhook_delivery_endpoint FOREIGN KEY (endpoint_id) REFERENCES webhook_endpoint (id) ON DELETE CASCADE,
    CONSTRAINT fk_webhook_delivery_message FOREIGN KEY (message_id) REFERENCES webhook_message (id)
) ${table_options};
CREATE INDEX ix_webhook_delivery_due ON webhook_delivery (status, next_attempt_at);
CREATE INDEX ix_webhook_delivery_endpoint ON webhook_delivery (endpoint_id, id);

CREATE TABLE webhook_attempt (
    id               ${id}          PRIMARY KEY,
    delivery_id      BIGINT         NOT NULL,
    attempted_at     ${ts}          NOT NULL,
    response_status  INT            NULL,
    duration_ms      BIGINT         NOT NULL,
    response_excerpt VARCHAR(1024)  NULL,
    error            VARCHAR(500)   NULL,
    manual           BOOLEAN        NOT NULL,
    CONSTRAINT fk_webhook_attempt_delivery FOREIGN KEY (delivery_id) REFERENCES webhook_delivery (id) ON DELETE CASCADE
) ${table_options};
CREATE INDEX ix_webhook_attempt_delivery ON webhook_attempt (delivery_id, id);
