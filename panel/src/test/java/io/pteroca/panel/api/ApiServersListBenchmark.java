package io.pteroca.panel.api;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code GET /api/v1/servers} for a customer with 50 servers, among 50,000 servers of 2,000 other customers, asked by 50
 * clients at once (each with its own connection, two clients per token, the budget of a token being 120 a minute).
 * Prints the 50th and 99th percentile of 1,000 timed requests after 250 warm-up requests. Run by bench/run.
 */
class ApiServersListBenchmark extends IntegrationTest {

    private static final int OTHER_CUSTOMERS = 2_000;
    private static final int OTHER_SERVERS = 50_000;
    private static final int OWN_SERVERS = 50;
    private static final int CLIENTS = 50;
    private static final int WARM_UP = 5;
    private static final int TIMED = 20;

    @Autowired
    ApplicationContext context;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void serversListOfACustomerWithFiftyServersUnderFiftyClients() throws Exception {
        ApiFixtures fixtures = new ApiFixtures(context);
        ProductView product = fixtures.product();
        AccountView customer = fixtures.customer("100");
        long template = fixtures.activeServer(customer, product, "bench-template");
        String plan = jdbc.queryForObject("SELECT plan FROM game_server WHERE id = ?", String.class, template);
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);

        String tag = UUID.randomUUID().toString().substring(0, 6);
        List<Object[]> users = new ArrayList<>();
        for (int i = 0; i < OTHER_CUSTOMERS; i++) {
            users.add(new Object[] {"bench-api-" + tag + "-" + i + "@example.test", now, now});
        }
        transactions.executeWithoutResult(status -> jdbc.batchUpdate("INSERT INTO users (email, password_hash, first_name, "
                + "last_name, role, email_verified, blocked, session_version, created_at, updated_at, version) VALUES (?, 'x', "
                + "'Bench', 'Customer', 'USER', TRUE, FALSE, 0, ?, ?, 0)", users));
        List<Long> others = jdbc.queryForList("SELECT id FROM users WHERE email LIKE ? ORDER BY id", Long.class,
                "bench-api-" + tag + "-%");
        List<Object[]> servers = new ArrayList<>();
        for (int i = 0; i < OTHER_SERVERS + OWN_SERVERS - 1; i++) {
            long owner = i < OWN_SERVERS - 1 ? customer.id() : others.get(i % others.size());
            // Interleaved, as in a live panel: the customer's servers are spread over the whole table.
            servers.add(new Object[] {owner, product.id(), "bench-" + i, plan, now.plusDays(30), now.minusMinutes(i), now});
        }
        java.util.Collections.shuffle(servers, new java.util.Random(42));
        transactions.executeWithoutResult(status -> jdbc.batchUpdate("INSERT INTO game_server (owner_id, product_id, name, state, "
                + "plan, price_kind, period_value, period_unit, period_amount, auto_renew, expires_at, deletion_warned, "
                + "suspended_in_panel, refund_due, attempts, created_at, updated_at, version) VALUES (?, ?, ?, 'ACTIVE', ?, 'STATIC', "
                + "1, 'MONTHS', 10, TRUE, ?, FALSE, FALSE, FALSE, 0, ?, ?, 0)", servers));

        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < CLIENTS / 2; i++) {
            tokens.add(fixtures.token(customer, ApiScope.READ));
        }
        String url = "http://localhost:" + port + "/api/v1/servers?limit=" + OWN_SERVERS;
        ConcurrentLinkedQueue<Double> millis = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                String token = tokens.get(c % tokens.size());
                clients.add(pool.submit(() -> {
                    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                            .header("Accept", "application/json").GET().build();
                    start.await();
                    for (int i = 0; i < WARM_UP + TIMED; i++) {
                        long begin = System.nanoTime();
                        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                        double took = (System.nanoTime() - begin) / 1e6;
                        if (answer.statusCode() != 200 || answer.body().split("\"productId\"", -1).length - 1 != OWN_SERVERS) {
                            throw new AssertionError("answered " + answer.statusCode() + ": " + answer.body());
                        }
                        if (i >= WARM_UP) {
                            millis.add(took);
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> client : clients) {
                client.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.println("api_servers_list_ms_p50: " + String.format("%.1f", sorted[sorted.length / 2]));
        System.out.println("api_servers_list_ms_p99: " + String.format("%.1f", sorted[(int) Math.ceil(sorted.length * 0.99) - 1]));
    }
}
