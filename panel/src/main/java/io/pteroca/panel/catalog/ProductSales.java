package io.pteroca.panel.catalog;

/**
 * How many servers of a product exist, for stock and per-customer limits. The feature that sells servers provides
 * it; the catalog cannot know on its own.
 */
public interface ProductSales {

    long liveServers(long productId);

    long liveServers(long productId, long accountId);
}
