package io.pteroca.panel.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.emulator.PterodactylEmulator;
import io.pteroca.emulator.state.Server;
import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.support.BackgroundWork;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.TestPterodactyl;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

/**
 * 10,000 servers expiring at once against an emulator whose rate limit window is scaled 50× down (240 requests per
 * 1.2 s instead of per minute), with the panel's budget set to the same limit and window. Prints how much of the
 * allowed rate the suspension used, how many calls were not needed (429s included) and how long marking the servers
 * took per server (the calls overlap it). Run by bench/run.
 * <p>
 * Scaled further (0.6 s) the run needs more than two cores and measures the machine rather than the pipeline.
 */
// The panel's budget is set as an operator would set it for this emulator: its limit and its window.
@TestPropertySource(properties = {"pteroca.pterodactyl.rate-limit=240", "pteroca.pterodactyl.rate-limit-window=PT1.2S"})
class MassSuspensionBenchmark extends IntegrationTest {

    private static final int SERVERS = 10_000;
    private static final int LIMIT = 240;
    private static final long WINDOW_MILLIS = 1200;
    private static PterodactylEmulator scaled;

    @Autowired
    ApplicationContext context;
    @Autowired
    Lifecycle lifecycle;
    @Autowired
    ServerWork work;
    @Autowired
    ExpiryPipeline expiry;
    @Autowired
    GameServerRepository servers;

    @AfterAll
    static void stop() {
        if (scaled != null) {
            scaled.close();
        }
    }

    @Test
    void tenThousandServersExpireAtOnce() {
        ServerFixtures fixtures = new ServerFixtures(context);
        ProductView product = fixtures.product("0", ServerFixtures.monthly("1"));
        AccountView customer = fixtures.customer("1");
        String plan = fixtures.soldPlan(product);

        scaled = PterodactylEmulator.builder().host("127.0.0.1").port(0).applicationRateLimit(LIMIT)
                .rateWindowMillis(WINDOW_MILLIS).build().start();
        pterodactylSettings.configure(scaled.baseUrl(), scaled.applicationKey());
        synchronized (scaled.state()) {
            // Far above the ids of servers other tests left in the shared database.
            scaled.state().skipIdsTo("servers", 1_000_000);
        }
        fixtures.expiredServers(scaled, customer.id(), product, plan, "mass-", SERVERS);
        scaled.counters().reset();

        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        lifecycle.runOnce();
        long markingMillis = expiry.last().markingMillis();
        Instant deadline = Instant.now().plusSeconds(300);
        while (jdbc.queryForObject("SELECT COUNT(*) FROM game_server WHERE name LIKE 'mass-%' AND suspended_in_panel = FALSE",
                Integer.class) > 0 && Instant.now().isBefore(deadline)) {
            work.syncSuspensions();
            clock.advance(Duration.ofSeconds(31));
        }
        long end = System.nanoTime();
        long cpuNanos = os.getProcessCpuTime() - cpuStart;
        double seconds = (end - start) / 1e9;

        Map<String, Integer> counts = scaled.counters().snapshot();
        int calls = counts.values().stream().mapToInt(Integer::intValue).sum();
        synchronized (scaled.state()) {
            assertThat(scaled.state().servers.values().stream().filter(s -> s.name.startsWith("mass-")).filter(Server::suspended))
                    .hasSize(SERVERS);
        }
        double allowed = LIMIT * (seconds * 1000 / WINDOW_MILLIS);
        // The database side (state, log line and e-mail of each server), while the calls already run.
        System.out.println("suspension_expiry_step_seconds: " + String.format("%.1f", markingMillis / 1e3));
        System.out.println("suspension_expiry_ms_per_server: " + String.format("%.2f", (double) markingMillis / SERVERS));
        System.out.println("suspension_servers: " + SERVERS);
        System.out.println("suspension_seconds: " + String.format("%.1f", seconds));
        System.out.println("suspension_rate_limit_utilisation: " + String.format("%.3f", calls / allowed));
        System.out.println("suspension_wasted_calls: " + (calls - SERVERS));
        // The whole JVM (panel and emulator) per server, and how many of the machine's cores it kept busy: a figure
        // near the core count means the run was bound by the CPU, not by the rate limit.
        System.out.println("suspension_cpu_ms_per_server: " + String.format("%.2f", cpuNanos / 1e6 / SERVERS));
        System.out.println("suspension_cpu_cores_busy: " + String.format("%.2f", cpuNanos / 1e9 / seconds));
        pterodactylSettings.configure(TestPterodactyl.emulator().baseUrl(), TestPterodactyl.emulator().applicationKey());
        // Ten thousand suspension e-mails are still on their way; the benchmarks after this one must not wait for them.
        BackgroundWork.awaitIdle(Duration.ofMinutes(20));
    }
}
