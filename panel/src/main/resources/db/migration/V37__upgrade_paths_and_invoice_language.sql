-- Upgrade paths an admin defines: besides the products of its own category, a server on product_id may move to
-- target_product_id (any category). Both products keep existing while a path names them: products are only ever
-- soft deleted.
CREATE TABLE catalog_product_upgrade (
    product_id         BIGINT  NOT NULL,
    target_product_id  BIGINT  NOT NULL,
    CONSTRAINT pk_catalog_product_upgrade PRIMARY KEY (product_id, target_product_id),
    CONSTRAINT fk_catalog_product_upgrade FOREIGN KEY (product_id) REFERENCES catalog_product (id),
    CONSTRAINT fk_catalog_product_upgrade_target FOREIGN KEY (target_product_id) REFERENCES catalog_product (id)
) ${table_options};

-- The language an invoice's labels are printed in: the buyer's when it was issued (null: the site's default language,
-- as for invoices issued before this column existed).
ALTER TABLE invoice ADD language VARCHAR(16) NULL;
