package io.pteroca.panel.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.payment.PaymentTestAccess;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.TestPlugins;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The discord-notifications example plugin against a local stand-in of Discord's webhook endpoint that answers
 * with Discord's rate-limit headers: the chosen events are posted, a 429 is retried after its Retry-After, and an
 * emptied bucket delays the next post by its X-RateLimit-Reset-After.
 */
class DiscordNotificationsPluginTest extends IntegrationTest {

    private static final String ID = "discord-notifications";

    @Autowired
    private ApplicationContext context;
    @Autowired
    private Plugins plugins;
    private HttpServer discord;
    private final List<Request> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger calls = new AtomicInteger();

    /** A request the stand-in received, with when it came (monotonic clock). */
    record Request(long atNanos, String body) {
    }

    @BeforeEach
    void standIn() throws Exception {
        new PluginTestAccess(context).removeIfPresent(ID);
        discord = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        discord.createContext("/api/webhooks/123/secret-token", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Request(System.nanoTime(), new String(body, StandardCharsets.UTF_8)));
            int call = calls.incrementAndGet();
            if (call == 1) {
                byte[] answer = "{\"message\":\"You are being rate limited.\",\"retry_after\":0.3,\"global\":false}"
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Retry-After", "0.3");
                exchange.sendResponseHeaders(429, answer.length);
                exchange.getResponseBody().write(answer);
            } else {
                exchange.getResponseHeaders().add("X-RateLimit-Remaining", call == 2 ? "0" : "4");
                exchange.getResponseHeaders().add("X-RateLimit-Reset-After", "0.4");
                exchange.sendResponseHeaders(204, -1);
            }
            exchange.close();
        });
        discord.start();
    }

    @AfterEach
    void stop() {
        new PluginTestAccess(context).removeIfPresent(ID);
        discord.stop(0);
    }

    @Test
    void chosenEventsArePostedAndDiscordsRateLimitsAreHonoured() {
        new PluginTestAccess(context).install(TestPlugins.example(ID));
        int port = discord.getAddress().getPort();
        Map<String, String> errors = plugins.saveSettings(ID, Map.of(
                "webhook-url", "http://127.0.0.1:" + port + "/api/webhooks/123/secret-token",
                "events", "PaymentSucceeded",
                PluginSettingValues.EXTRA_HOSTS, "127.0.0.1:" + port), PluginActor.COMMAND_LINE);
        assertThat(errors).isEmpty();
        new PluginTestAccess(context).enable(ID);

        AccountView payer = new PluginFixtures(context, this.port).account(Role.USER);
        PaymentTestAccess payments = new PaymentTestAccess(context);
        long first = payments.startBankTransfer(payer.id(), "12.50");
        payments.confirm(first);
        PluginFixtures.await(() -> received.size() == 2, "the post and its retry after the 429");
        assertThat(received.get(1).body()).contains("Payment " + first + " of 12.50 USD succeeded")
                .contains("\"allowed_mentions\":{\"parse\":[]}");
        assertThat(received.get(1).atNanos() - received.get(0).atNanos()).as("waited the Retry-After")
                .isGreaterThanOrEqualTo(300_000_000L);

        long second = payments.startBankTransfer(payer.id(), "3.00");
        payments.confirm(second);
        PluginFixtures.await(() -> received.size() == 3, "the next post");
        assertThat(received.get(2).body()).contains("Payment " + second + " of 3.00 USD");
        assertThat(received.get(2).atNanos() - received.get(1).atNanos()).as("waited for the emptied bucket")
                .isGreaterThanOrEqualTo(400_000_000L);
        assertThat(received).as("only the chosen event: no wallet or payment-started posts")
                .allMatch(r -> r.body().contains("succeeded"));
        assertThat(jdbc.queryForObject("SELECT setting_value FROM setting WHERE setting_key = ?", String.class,
                "plugin." + ID + ".webhook-url")).startsWith("v1:").doesNotContain("secret-token");
    }
}
