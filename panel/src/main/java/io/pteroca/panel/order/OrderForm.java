package io.pteroca.panel.order;

import java.util.Map;

/**
 * What a customer chose on the configure page. {@code variables} holds the values typed for editable egg
 * variables by env name; {@code idempotencyKey} is made when the form is shown, so resubmitting it is one order.
 * {@code locationId} is null when the product has one location or the customer does not mind.
 */
public record OrderForm(long productId, long priceId, int eggId, String name, Integer slots, boolean autoRenew,
                 Map<String, String> variables, String voucherCode, String idempotencyKey, Integer locationId) {

    OrderForm withName(String value) {
        return new OrderForm(productId, priceId, eggId, value, slots, autoRenew, variables, voucherCode, idempotencyKey, locationId);
    }
}
