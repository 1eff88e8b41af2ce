-- The catalog: categories, products (plans) with their Pterodactyl limits and egg configuration, and prices.
-- Nothing here is ever hard deleted: orders and servers keep pointing at what was sold.
CREATE TABLE catalog_category (
    id           ${id} PRIMARY KEY,
    name         VARCHAR(120)  NOT NULL,
    description  ${text}       NULL,
    image_path   VARCHAR(255)  NULL,
    sort_order   INT           NOT NULL,
    created_at   ${ts}         NOT NULL,
    updated_at   ${ts}         NOT NULL,
    deleted_at   ${ts}         NULL,
    version      BIGINT        NOT NULL
) ${table_options};

CREATE TABLE catalog_product (
    id                  ${id} PRIMARY KEY,
    category_id         BIGINT         NULL,
    name                VARCHAR(120)   NOT NULL,
    short_description   VARCHAR(255)   NULL,
    description         ${text}        NULL,
    image_path          VARCHAR(255)   NULL,
    banner_path         VARCHAR(255)   NULL,
    active              BOOLEAN        NOT NULL,
    sort_order          INT            NOT NULL,
    memory_mb           BIGINT         NOT NULL,
    swap_mb             BIGINT         NOT NULL,
    disk_mb             BIGINT         NOT NULL,
    io_weight           INT            NOT NULL,
    cpu_percent         INT            NOT NULL,
    cpu_pinning         VARCHAR(64)    NULL,
    database_limit      INT            NOT NULL,
    backup_limit        INT            NOT NULL,
    allocation_limit    INT            NOT NULL,
    schedule_limit      INT            NOT NULL,
    nest_id             INT            NOT NULL,
    allow_egg_change    BOOLEAN        NOT NULL,
    allow_auto_renew    BOOLEAN        NOT NULL,
    setup_fee           DECIMAL(19,4)  NOT NULL,
    stock               INT            NULL,
    per_customer_limit  INT            NULL,
    created_at          ${ts}          NOT NULL,
    updated_at          ${ts}          NOT NULL,
    deleted_at          ${ts}          NULL,
    version             BIGINT         NOT NULL,
    CONSTRAINT fk_catalog_product_category FOREIGN KEY (category_id) REFERENCES catalog_category (id),
    CONSTRAINT ck_catalog_product_setup_fee CHECK (setup_fee >= 0)
) ${table_options};

CREATE INDEX ix_catalog_product_category ON catalog_product (category_id);

-- Where a product's servers may be placed: explicit nodes, whole locations, or both.
CREATE TABLE catalog_product_node (
    product_id  BIGINT  NOT NULL,
    node_id     INT     NOT NULL,
    CONSTRAINT pk_catalog_product_node PRIMARY KEY (product_id, node_id),
    CONSTRAINT fk_catalog_product_node FOREIGN KEY (product_id) REFERENCES catalog_product (id)
) ${table_options};

CREATE TABLE catalog_product_location (
    product_id   BIGINT  NOT NULL,
    location_id  INT     NOT NULL,
    CONSTRAINT pk_catalog_product_location PRIMARY KEY (product_id, location_id),
    CONSTRAINT fk_catalog_product_location FOREIGN KEY (product_id) REFERENCES catalog_product (id)
) ${table_options};

-- One row per allowed egg, with the overrides the admin chose; the egg's name is kept for display.
CREATE TABLE catalog_product_egg (
    id                       ${id} PRIMARY KEY,
    product_id               BIGINT        NOT NULL,
    egg_id                   INT           NOT NULL,
    egg_name                 VARCHAR(191)  NOT NULL,
    startup                  ${text}       NULL,
    startup_user_viewable    BOOLEAN       NOT NULL,
    docker_image             VARCHAR(255)  NULL,
    docker_image_selectable  BOOLEAN       NOT NULL,
    position                 INT           NOT NULL,
    CONSTRAINT fk_catalog_product_egg FOREIGN KEY (product_id) REFERENCES catalog_product (id),
    CONSTRAINT uk_catalog_product_egg UNIQUE (product_id, egg_id)
) ${table_options};

CREATE TABLE catalog_product_egg_variable (
    product_egg_id  BIGINT        NOT NULL,
    env_variable    VARCHAR(191)  NOT NULL,
    name            VARCHAR(191)  NOT NULL,
    variable_value  ${text}       NULL,
    rules           VARCHAR(500)  NULL,
    user_viewable   BOOLEAN       NOT NULL,
    user_editable   BOOLEAN       NOT NULL,
    slot_variable   BOOLEAN       NOT NULL,
    position        INT           NOT NULL,
    CONSTRAINT pk_catalog_product_egg_variable PRIMARY KEY (product_egg_id, env_variable),
    CONSTRAINT fk_catalog_product_egg_variable FOREIGN KEY (product_egg_id) REFERENCES catalog_product_egg (id)
) ${table_options};

-- Prices never change: editing a product retires the old row (deleted_at) and adds a new one.
CREATE TABLE catalog_price (
    id            ${id} PRIMARY KEY,
    product_id    BIGINT         NOT NULL,
    kind          VARCHAR(20)    NOT NULL,
    period_value  INT            NOT NULL,
    period_unit   VARCHAR(10)    NOT NULL,
    amount        DECIMAL(19,4)  NOT NULL,
    min_slots     INT            NULL,
    max_slots     INT            NULL,
    position      INT            NOT NULL,
    deleted_at    ${ts}          NULL,
    CONSTRAINT fk_catalog_price_product FOREIGN KEY (product_id) REFERENCES catalog_product (id),
    CONSTRAINT ck_catalog_price_amount CHECK (amount >= 0),
    CONSTRAINT ck_catalog_price_period CHECK (period_value > 0)
) ${table_options};

CREATE INDEX ix_catalog_price_product ON catalog_price (product_id);

-- Server-discount vouchers take a percent off an order of at least this amount.
ALTER TABLE voucher ADD minimum_order_amount DECIMAL(19,4) NULL;
