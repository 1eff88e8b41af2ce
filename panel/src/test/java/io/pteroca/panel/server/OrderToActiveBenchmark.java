package io.pteroca.panel.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.emulator.state.EmulatorSettings;
import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.order.Checkout;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.TestPterodactyl;
import io.pteroca.panel.support.WebSession;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Seconds from a paid order to a server the customer can use, with Pterodactyl installing in 1 s and the customer's
 * page polling its status as the browser does (every second). Median of several orders; run by bench/run.
 */
class OrderToActiveBenchmark extends IntegrationTest {

    private static final int ORDERS = 7;

    @Autowired
    ApplicationContext context;
    @Autowired
    Checkout checkout;

    @Test
    void orderToActive() throws InterruptedException {
        ServerFixtures fixtures = new ServerFixtures(context);
        ProductView product = fixtures.product("0", ServerFixtures.monthly("1"));
        AccountView customer = fixtures.customer("100");
        WebSession page = browser();
        page.signIn(customer.email(), ServerFixtures.PASSWORD);
        EmulatorSettings emulator = TestPterodactyl.emulator().settings();
        long installDelay = emulator.installDelayMs;
        emulator.installDelayMs = 1000;
        List<Double> seconds = new ArrayList<>();
        try {
            for (int i = 0; i < ORDERS; i++) {
                long start = System.nanoTime();
                long id = checkout.purchase(customer.id(), fixtures.order(product, "Usable " + i));
                while (page.get("/servers/" + id + "/status").header("HX-Refresh") == null) {
                    assertThat(System.nanoTime() - start).as("server %s never became usable", id).isLessThan(120_000_000_000L);
                    Thread.sleep(1000);
                }
                seconds.add((System.nanoTime() - start) / 1e9);
                assertThat(fixtures.state(id)).isEqualTo(ServerState.ACTIVE);
            }
        } finally {
            emulator.installDelayMs = installDelay;
        }
        seconds.sort(Double::compare);
        System.out.println("order_to_active_seconds: " + String.format(java.util.Locale.ROOT, "%.2f", seconds.get(ORDERS / 2)));
    }
}
