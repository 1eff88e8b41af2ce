package io.pteroca.panel.server;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.pterodactyl.ConsoleCredentials;
import io.pteroca.panel.pterodactyl.ServersAsOwner;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.TestPterodactyl;
import io.pteroca.panel.support.WebSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The console relay against a direct connection to the emulator's Wings socket, everything in this one JVM (the
 * emulator, the panel and the clients share the machine's cores): the round trip of a command to its answer in the
 * console, messages per second under a flood of commands, and how many consoles stay under 100 ms of added p99
 * latency. Run by bench/run (not by ./mvnw verify: the name does not end in Test).
 */
class ConsoleRelayBenchmark extends IntegrationTest {

    private static final int ROUND_TRIPS = 400;
    private static final int FLOOD = 3000;
    private static final int SERVERS_FOR_SESSIONS = 10;
    private static final int[] SESSION_LEVELS = {50, 100, 200, 300, 400, 500, 600, 800};
    private static final Duration LEVEL_DURATION = Duration.ofSeconds(8);
    private static final Duration PROBE_EVERY = Duration.ofSeconds(2);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    ApplicationContext context;
    @Autowired
    GameServerRepository servers;
    @Autowired
    ServersAsOwner pterodactyl;

    @Test
    void consoleRelayAgainstDirectWings() throws Exception {
        ServerFixtures fixtures = new ServerFixtures(context);
        ProductView product = fixtures.product("0", ServerFixtures.monthly("1"));
        AccountView owner = fixtures.customer("100");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < SERVERS_FOR_SESSIONS; i++) {
            ids.add(runningServer(fixtures, owner, product, "Bench console " + i));
        }
        WebSession web = browser();
        web.signIn(owner.email(), ServerFixtures.PASSWORD);
        String relayUrl = web.baseUrl().replaceFirst("^http", "ws") + "/servers/%d/console/socket";

        Console direct = direct(owner.id(), identifier(ids.get(0)));
        Console relayed = Console.open(relayUrl.formatted(ids.get(1)), web.cookieHeader(), null, null);
        for (int i = 0; i < 50; i++) {
            direct.roundTrip();
            relayed.roundTrip();
        }
        long[] directTimes = new long[ROUND_TRIPS];
        long[] relayTimes = new long[ROUND_TRIPS];
        for (int i = 0; i < ROUND_TRIPS; i++) {
            directTimes[i] = direct.roundTrip();
            relayTimes[i] = relayed.roundTrip();
        }
        double directP99 = percentile(directTimes, 0.99);
        report("console_direct_round_trip_ms_p50", percentile(directTimes, 0.50));
        report("console_relay_added_latency_ms_p50", percentile(relayTimes, 0.50) - percentile(directTimes, 0.50));
        report("console_relay_added_latency_ms_p99", percentile(relayTimes, 0.99) - directP99);
        report("console_direct_messages_per_second", direct.flood(FLOOD));
        report("console_relay_messages_per_second", relayed.flood(FLOOD));
        direct.close();
        relayed.close();

        if (Boolean.getBoolean("bench.skipSessions")) {
            return;
        }
        report("console_relay_max_sessions", maxSessions(relayUrl, web.cookieHeader(), ids, directP99));
    }

    /** Adds consoles level by level, each probing every 2 s, until the p99 added latency reaches 100 ms. */
    private int maxSessions(String relayUrl, String cookie, List<Long> ids, double directP99) throws Exception {
        List<Console> open = new ArrayList<>();
        ExecutorService opener = Executors.newFixedThreadPool(4);
        var prober = Executors.newScheduledThreadPool(2);
        int held = 0;
        try {
            for (int level : SESSION_LEVELS) {
                List<CompletableFuture<Console>> opening = new ArrayList<>();
                for (int i = open.size(); i < level; i++) {
                    String url = relayUrl.formatted(ids.get(i % ids.size()));
                    opening.add(CompletableFuture.supplyAsync(() -> Console.open(url, cookie, null, null), opener));
                }
                for (CompletableFuture<Console> console : opening) {
                    open.add(console.get(60, TimeUnit.SECONDS));
                }
                ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
                List<java.util.concurrent.ScheduledFuture<?>> probes = new ArrayList<>();
                for (Console console : open) {
                    long offset = ThreadLocalRandom.current().nextLong(PROBE_EVERY.toMillis());
                    probes.add(prober.scheduleAtFixedRate(() -> console.probe(latencies), offset, PROBE_EVERY.toMillis(),
                            TimeUnit.MILLISECONDS));
                }
                Thread.sleep(LEVEL_DURATION.toMillis());
                probes.forEach(probe -> probe.cancel(false));
                Thread.sleep(PROBE_EVERY.toMillis());
                long lost = open.stream().filter(Console::unanswered).count();
                long[] values = latencies.stream().mapToLong(Long::longValue).toArray();
                double added = values.length == 0 ? Double.MAX_VALUE : percentile(values, 0.99) - directP99;
                System.out.println("console sessions " + level + ": p99 added " + String.format(Locale.ROOT, "%.1f", added)
                        + " ms over " + values.length + " probes, " + lost + " unanswered");
                if (added >= 100 || lost > 0) {
                    break;
                }
                held = level;
            }
        } finally {
            prober.shutdownNow();
            opener.shutdownNow();
            open.forEach(Console::close);
        }
        return held;
    }

    private long runningServer(ServerFixtures fixtures, AccountView owner, ProductView product, String name) {
        long id = fixtures.activeServer(owner, product, name);
        fixtures.acceptEulaInPterodactyl(id);
        pterodactyl.power(owner.id(), identifier(id), "start");
        // Pterodactyl caches a server's resources for 20 s; Wings' own view is asked instead.
        TestPterodactyl.awaitWings(() -> {
            synchronized (TestPterodactyl.emulator().state()) {
                return TestPterodactyl.emulator().wings().utilization(fixtures.inPterodactyl(id)).state().equals("running");
            }
        }, "run " + name);
        return id;
    }

    private String identifier(long id) {
        return servers.findById(id).orElseThrow().identifier();
    }

    private Console direct(long ownerId, String identifier) {
        ConsoleCredentials credentials = pterodactyl.console(ownerId, identifier);
        return Console.open(credentials.socket(), null, pterodactyl.panelOrigin(), credentials.token());
    }

    private static double percentile(long[] nanos, double p) {
        long[] sorted = nanos.clone();
        java.util.Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1_000_000.0;
    }

    private static void report(String name, double value) {
        System.out.println(name + ": " + String.format(Locale.ROOT, "%.2f", value));
    }

    /** One console client: commands out, and the time until the game's answer to each comes back. */
    private static final class Console implements WebSocket.Listener {

        private static final AtomicLong IDS = new AtomicLong();

        private final String name = "c" + IDS.incrementAndGet();
        private final StringBuilder partial = new StringBuilder();
        private final AtomicLong received = new AtomicLong();
        private final CompletableFuture<Void> ready = new CompletableFuture<>();
        private final boolean relayed;
        private WebSocket socket;
        private long sequence;
        private volatile String awaited;
        private volatile long sentAt;
        private volatile CompletableFuture<Long> answer = new CompletableFuture<>();
        private volatile ConcurrentLinkedQueue<Long> probeLatencies;

        private Console(boolean relayed) {
            this.relayed = relayed;
        }

        /** Through the relay (with the session cookie) or straight to Wings (with Pterodactyl's origin and a token). */
        static Console open(String url, String cookie, String origin, String token) {
            Console console = new Console(token == null);
            WebSocket.Builder builder = HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(30));
            if (cookie != null) {
                builder.header("Cookie", cookie);
            }
            if (origin != null) {
                builder.header("Origin", origin);
            }
            console.socket = builder.buildAsync(URI.create(url), console).join();
            if (token != null) {
                console.send("{\"event\":\"auth\",\"args\":[\"" + token + "\"]}");
            }
            console.ready.orTimeout(30, TimeUnit.SECONDS).join();
            return console;
        }

        long roundTrip() {
            String marker = name + "-" + (++sequence);
            answer = new CompletableFuture<>();
            awaited = "[Server] " + marker + "\"";
            sentAt = System.nanoTime();
            send(command(marker));
            return answer.orTimeout(10, TimeUnit.SECONDS).join();
        }

        /** One probe of the session test: sent now, its latency recorded when the answer comes. */
        void probe(ConcurrentLinkedQueue<Long> latencies) {
            if (awaited != null) {
                return;
            }
            probeLatencies = latencies;
            String marker = name + "-" + (++sequence);
            awaited = "[Server] " + marker + "\"";
            sentAt = System.nanoTime();
            send(command(marker));
        }

        boolean unanswered() {
            return awaited != null;
        }

        /** Sends the commands back to back and counts the messages until the answer to the last one. */
        double flood(int commands) {
            received.set(0);
            long start = System.nanoTime();
            answer = new CompletableFuture<>();
            for (int i = 1; i <= commands; i++) {
                String marker = name + "-flood-" + i;
                if (i == commands) {
                    awaited = "[Server] " + marker + "\"";
                }
                send(command(marker));
            }
            answer.orTimeout(120, TimeUnit.SECONDS).join();
            return received.get() / ((System.nanoTime() - start) / 1e9);
        }

        private static String command(String marker) {
            return "{\"event\":\"send command\",\"args\":[\"say " + marker + "\"]}";
        }

        private synchronized void send(String text) {
            socket.sendText(text, true).join();
        }

        void close() {
            socket.abort();
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                received.incrementAndGet();
                if (!ready.isDone() && text.contains(relayed ? "\"pteroca connected\"" : "\"auth success\"")) {
                    ready.complete(null);
                }
                String marker = awaited;
                if (marker != null && text.contains(marker)) {
                    long took = System.nanoTime() - sentAt;
                    awaited = null;
                    ConcurrentLinkedQueue<Long> probes = probeLatencies;
                    if (probes != null) {
                        probes.add(took);
                    } else {
                        answer.complete(took);
                    }
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
