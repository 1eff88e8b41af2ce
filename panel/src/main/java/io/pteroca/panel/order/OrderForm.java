package io.pteroca.panel.order;

import java.util.Map;

/**
 * What a customer chose on the configure page. {@code variables} holds the values typed for editable egg
 * variables by env name; {@code idempotencyKey} is made when the form is shown, so resubmitting it is one order.
 * {@code locationId} is null when the product has one location or the customer does not mind. {@code thenPriceId}
 * is the paid price a trial turns into; null for any other price.
 */
public record OrderForm(long productId, long priceId, int eggId, String name, Integer slots, boolean autoRenew,
                 Map<String, String> variables, String voucherCode, String idempotencyKey, Integer locationId,
                 Long thenPriceId) {

    public OrderForm(long productId, long priceId, int eggId, String name, Integer slots, boolean autoRenew,
                     Map<String, String> variables, String voucherCode, String idempotencyKey, Integer locationId) {
        this(productId, priceId, eggId, name, slots, autoRenew, variables, voucherCode, idempotencyKey, locationId, null);
    }

    OrderForm withName(String value) {
        return new OrderForm(productId, priceId, eggId, value, slots, autoRenew, variables, voucherCode, idempotencyKey, locationId,
                thenPriceId);
    }
}
