package io.pteroca.panel.catalog;

/** An admin created, changed or deleted a product or a category. Published inside the change's transaction. */
public record CatalogChanged(Kind kind, long id, String name) {

    /** What changed. */
    public enum Kind {
        PRODUCT_CREATED, PRODUCT_UPDATED, PRODUCT_DELETED, CATEGORY_CREATED, CATEGORY_UPDATED, CATEGORY_DELETED
    }
}
