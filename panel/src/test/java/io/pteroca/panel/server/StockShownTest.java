package io.pteroca.panel.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The store says how many servers of a limited plan are left once few are, and "Out of stock" when none is. */
class StockShownTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    @Test
    void aLimitedPlanSaysHowManyAreLeftThenThatItIsSoldOut() {
        ServerFixtures fixtures = new ServerFixtures(context);
        ProductView product = fixtures.productWithStock(2, ServerFixtures.monthly("1"));
        AccountView customer = fixtures.customer("5");
        WebSession visitor = browser();
        String page = "/store/products/" + product.id();

        assertThat(visitor.get(page).body()).contains("Only 2 left").contains("id=\"order-button\"");
        fixtures.activeServer(customer, product, "First of two");
        assertThat(visitor.get(page).body()).contains("Only 1 left");
        assertThat(visitor.get("/store").body()).contains("Only 1 left");
        fixtures.activeServer(customer, product, "Second of two");
        assertThat(visitor.get(page).body()).contains("Out of stock").doesNotContain("Only 1 left").doesNotContain("Only 0 left")
                .doesNotContain("id=\"order-button\"");
    }
}
