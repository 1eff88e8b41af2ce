-- Pelican has no locations: a product may also be placed on the nodes that carry any of these tags.
CREATE TABLE catalog_product_node_tag (
    product_id  BIGINT        NOT NULL,
    tag         VARCHAR(191)  NOT NULL,
    CONSTRAINT pk_catalog_product_node_tag PRIMARY KEY (product_id, tag),
    CONSTRAINT fk_catalog_product_node_tag FOREIGN KEY (product_id) REFERENCES catalog_product (id)
) ${table_options};
