package io.pteroca.panel.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.emulator.PterodactylEmulator;
import io.pteroca.emulator.state.Server;
import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.pterodactyl.PterodactylAccounts;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.TestPterodactyl;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 100,000 servers in Pterodactyl, all of them ours, reconciled in one pass. Prints how long the pass took and how
 * much the retained heap grew while it ran (sampled after a full collection every half second), to show that the
 * pass holds a page at a time rather than the installation. Run by bench/run.
 */
@TestPropertySource(properties = "pteroca.pterodactyl.rate-limit=1000000")
class ReconciliationBenchmark extends IntegrationTest {

    private static final int SERVERS = 100_000;
    private static PterodactylEmulator large;

    @Autowired
    ApplicationContext context;
    @Autowired
    Reconciliation reconciliation;

    @AfterAll
    static void stop() {
        if (large != null) {
            large.close();
        }
    }

    @Test
    void oneHundredThousandServersReconcileInOnePass() throws InterruptedException {
        ServerFixtures fixtures = new ServerFixtures(context);
        ProductView product = fixtures.product("0", ServerFixtures.monthly("1"));
        AccountView customer = fixtures.customer("1");
        long template = fixtures.activeServer(customer, product, "Template");
        String plan = jdbc.queryForObject("SELECT plan FROM game_server WHERE id = ?", String.class, template);
        Server sold = fixtures.inPterodactyl(template);
        large = PterodactylEmulator.builder().host("127.0.0.1").port(0).applicationRateLimit(1_000_000).build().start();
        pterodactylSettings.configure(large.baseUrl(), large.applicationKey());
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDateTime paidUntil = now.plusDays(30);
        List<Object[]> rows = new ArrayList<>();
        synchronized (large.state()) {
            large.state().skipIdsTo("servers", 2_000_000);
            // Reconciliation compares owners by id, so the customer's user id from the shared emulator serves here.
            long owner = context.getBean(PterodactylAccounts.class).userOf(customer.id()).orElseThrow();
            for (int i = 0; i < SERVERS; i++) {
                Server server = ServerFixtures.madeInPterodactyl(large.state(), "reconcile-" + i, owner);
                // With the template's limits, as the plan they are recorded with: reconciliation compares them too.
                ServerFixtures.copyLimits(sold, server);
                rows.add(new Object[] {customer.id(), product.id(), "reconcile-" + i, plan, paidUntil, server.id, now, now});
            }
        }
        context.getBean(TransactionTemplate.class).executeWithoutResult(status -> jdbc.batchUpdate("INSERT INTO game_server "
                + "(owner_id, product_id, name, state, plan, price_kind, period_value, period_unit, period_amount, auto_renew, "
                + "expires_at, deletion_warned, suspended_in_panel, refund_due, pterodactyl_server_id, attempts, created_at, "
                + "updated_at, version) VALUES (?, ?, ?, 'ACTIVE', ?, 'STATIC', 1, 'MONTHS', 1, FALSE, ?, FALSE, FALSE, FALSE, "
                + "?, 0, ?, ?, 0)", rows));
        rows.clear();

        try {
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            System.gc();
            long baseline = memory.getHeapMemoryUsage().getUsed();
            AtomicLong peak = new AtomicLong(baseline);
            AtomicBoolean running = new AtomicBoolean(true);
            Thread sampler = new Thread(() -> {
                while (running.get()) {
                    System.gc();
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(500);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.start();
            long start = System.nanoTime();
            try {
                reconciliation.reconcile();
            } finally {
                running.set(false);
                sampler.join();
            }
            long end = System.nanoTime();

            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM game_server WHERE name LIKE 'reconcile-%' AND drift IS NULL",
                    Integer.class)).as("Pterodactyl agrees with every record").isEqualTo(SERVERS);
            System.out.println("reconciliation_servers: " + SERVERS);
            System.out.println("reconciliation_seconds: " + String.format("%.1f", (end - start) / 1e9));
            System.out.println("reconciliation_heap_growth_mb: " + String.format("%.1f", (peak.get() - baseline) / 1048576.0));
        } finally {
            jdbc.update("DELETE FROM game_server WHERE name LIKE 'reconcile-%'");
            pterodactylSettings.configure(TestPterodactyl.emulator().baseUrl(), TestPterodactyl.emulator().applicationKey());
        }
    }
}
