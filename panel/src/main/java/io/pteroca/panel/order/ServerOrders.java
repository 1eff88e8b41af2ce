package io.pteroca.panel.order;

import io.pteroca.panel.catalog.Catalog;
import io.pteroca.panel.catalog.ProductView;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Orders placed by the panel itself rather than a form (the demo's seed): the same checkout, the same rules. */
@Service
public class ServerOrders {

    private final Catalog catalog;
    private final Checkout checkout;

    ServerOrders(Catalog catalog, Checkout checkout) {
        this.catalog = catalog;
        this.checkout = checkout;
    }

    /** Buys the product's first price with its first egg, paid from the customer's wallet; returns the server id. */
    public long order(long customerId, long productId, String serverName) {
        ProductView product = catalog.productForSale(productId).orElseThrow(() -> new IllegalArgumentException("not for sale"));
        return checkout.purchase(customerId, new OrderForm(productId, product.prices().get(0).id(),
                product.definition().eggs().get(0).eggId(), serverName, null, false, Map.of(), null, UUID.randomUUID().toString(), null));
    }
}
