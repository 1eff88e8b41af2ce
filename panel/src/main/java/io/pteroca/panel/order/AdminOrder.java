package io.pteroca.panel.order;

import java.time.Instant;

/**
 * What an admin chose on the create-server form. {@code charge}: true takes one period (and a setup fee if due) from
 * the customer's wallet, false records a free order; null means the admin did not choose, which is refused.
 * {@code eggId} null takes the product's first egg. {@code overStock}: the admin chose to go over the product's stock,
 * without which a product that is out of stock is refused, as it is to customers.
 */
public record AdminOrder(long customerId, long productId, long priceId, Integer eggId, String name, Integer slots,
                         boolean autoRenew, Instant paidUntil, Boolean charge, String idempotencyKey, boolean overStock) {
}
