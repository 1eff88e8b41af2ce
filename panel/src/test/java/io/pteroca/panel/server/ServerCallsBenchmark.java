package io.pteroca.panel.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.emulator.PterodactylEmulator;
import io.pteroca.emulator.state.EmulatorSettings;
import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.order.Checkout;
import io.pteroca.panel.order.Renewals;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.TestPterodactyl;
import io.pteroca.panel.support.WebSession;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Pterodactyl calls per purchase (warm caches), renewal, suspension and "my servers" view, from the emulator's
 * counters, and the calls per purchase on Pelican (deployed by node tag). Run by bench/run (not by ./mvnw verify: the name does not end in Test).
 */
class ServerCallsBenchmark extends IntegrationTest {

    private static final int SERVERS = 10;

    @Autowired
    ApplicationContext context;
    @Autowired
    Checkout checkout;
    @Autowired
    Renewals renewals;
    @Autowired
    ServerAdministration administration;

    @Test
    void pterodactylCallsPerOperation() {
        ServerFixtures fixtures = new ServerFixtures(context);
        ProductView product = fixtures.product("0", ServerFixtures.monthly("1"));
        AccountView customer = fixtures.customer("100");
        long warmUp = checkout.purchase(customer.id(), fixtures.order(product, "Warm-up"));
        fixtures.workUntil(() -> fixtures.state(warmUp) == ServerState.ACTIVE, "the warm-up server");

        List<Long> ids = new ArrayList<>();
        int before = TestPterodactyl.totalCalls();
        for (int i = 0; i < SERVERS; i++) {
            long id = checkout.purchase(customer.id(), fixtures.order(product, "Bench " + i));
            fixtures.workUntil(() -> fixtures.state(id) == ServerState.ACTIVE, "bench server " + id);
            ids.add(id);
        }
        report("pterodactyl_calls_per_purchase", TestPterodactyl.totalCalls() - before, SERVERS);

        before = TestPterodactyl.totalCalls();
        for (long id : ids) {
            renewals.renew(id, customer.id(), "bench-renew-" + id);
        }
        report("pterodactyl_calls_per_renewal", TestPterodactyl.totalCalls() - before, SERVERS);

        WebSession web = browser();
        web.signIn(customer.email(), ServerFixtures.PASSWORD);
        before = TestPterodactyl.totalCalls();
        assertThat(web.get("/servers").body()).contains("Bench 9");
        report("pterodactyl_calls_per_my_servers_view", TestPterodactyl.totalCalls() - before, 1);

        before = TestPterodactyl.totalCalls();
        for (long id : ids) {
            administration.suspend(id, "Benchmark", customer.id());
        }
        fixtures.workUntil(() -> ids.stream().allMatch(id -> context.getBean(GameServerRepository.class).findById(id)
                .orElseThrow().suspendedInPanel()), "the suspensions");
        report("pterodactyl_calls_per_suspension", TestPterodactyl.totalCalls() - before, SERVERS);

        report("pelican_calls_per_purchase", callsPerPurchaseOn(EmulatorSettings.Flavor.PELICAN), SERVERS);
    }

    /** The same purchases on another flavour's emulator (warm caches), its product placed as that panel places it. */
    private int callsPerPurchaseOn(EmulatorSettings.Flavor flavor) {
        PterodactylEmulator panel = TestPterodactyl.use(flavor);
        pterodactylSettings.configure(panel.baseUrl(), panel.applicationKey());
        ServerFixtures fixtures = new ServerFixtures(context);
        ProductView product = fixtures.productPlacedFor(flavor, ServerFixtures.monthly("1"));
        AccountView customer = fixtures.customer("100");
        long warmUp = checkout.purchase(customer.id(), fixtures.order(product, "Warm-up"));
        fixtures.workUntil(() -> fixtures.state(warmUp) == ServerState.ACTIVE, "the warm-up server");
        int before = TestPterodactyl.totalCalls();
        for (int i = 0; i < SERVERS; i++) {
            long id = checkout.purchase(customer.id(), fixtures.order(product, "Bench " + i));
            fixtures.workUntil(() -> fixtures.state(id) == ServerState.ACTIVE, "bench server " + id);
        }
        return TestPterodactyl.totalCalls() - before;
    }

    private static void report(String name, int calls, int operations) {
        System.out.println(name + ": " + ((double) calls / operations));
    }
}
