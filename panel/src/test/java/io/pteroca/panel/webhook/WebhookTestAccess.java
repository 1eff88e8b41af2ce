package io.pteroca.panel.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.support.Race;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationContext;

/** Runs the webhook tables' queries on every database, without sending anything. */
public final class WebhookTestAccess {

    private WebhookTestAccess() {
    }

    /** Stores deliveries, claims them from parallel senders, logs an attempt, lists, redelivers, and deletes. */
    public static void deliveriesAreClaimedOnceAndListed(ApplicationContext context) throws InterruptedException {
        WebhookEndpoints endpoints = context.getBean(WebhookEndpoints.class);
        WebhookDeliveries deliveries = context.getBean(WebhookDeliveries.class);
        Instant now = Instant.parse("2030-01-01T00:00:00Z");
        long endpoint = endpoints.create("https://hooks.example.test/in", "engine", List.of("VoucherCreated", "ServerReady"),
                "sealed", true, now);
        long message = deliveries.storeMessage("msg_engine_" + System.nanoTime(), "VoucherCreated", "{\"é\":\"ü\"}", now);
        for (int i = 0; i < 5; i++) {
            deliveries.createDelivery(endpoint, message, now, now.plus(Duration.ofDays(3)));
        }
        List<Long> due = deliveries.due(now, 100).stream()
                .filter(id -> deliveries.ofEndpoint(endpoint, 10).stream().anyMatch(d -> d.id() == id)).toList();
        assertThat(due).hasSize(5);
        assertThat(deliveries.due(now.minusSeconds(1), 100)).doesNotContainAnyElementsOf(due);
        List<Object> claimed = Race.of(4, () -> due.stream().map(id -> deliveries.claim(id, now, now.plusSeconds(90)))
                .filter(Optional::isPresent).count());
        assertThat(claimed.stream().mapToLong(c -> (Long) c).sum()).as("each delivery claimed by one sender").isEqualTo(5);
        assertThat(deliveries.due(now.plusSeconds(60), 100)).as("leased").doesNotContainAnyElementsOf(due);
        assertThat(deliveries.due(now.plusSeconds(90), 100)).as("a dead sender's lease runs out").containsAll(due);

        long first = due.get(0);
        deliveries.recordAttempt(first, now, 500, 12, "x".repeat(WebhookSender.EXCERPT_BYTES), null, false);
        deliveries.retryAt(first, 500, now.plusSeconds(30));
        assertThat(deliveries.attemptsOf(endpoint, 50)).singleElement().satisfies(a -> assertThat(a.responseStatus()).isEqualTo(500));
        assertThat(deliveries.redeliver(endpoint, first, now, now.plus(Duration.ofDays(3)))).isTrue();
        assertThat(deliveries.ofEndpoint(endpoint, 50)).hasSize(5).first().satisfies(d -> assertThat(d.type()).isEqualTo("VoucherCreated"));
        endpoints.failed(endpoint, now);
        assertThat(endpoints.disable(endpoint, now)).isTrue();
        assertThat(endpoints.disable(endpoint, now)).isFalse();
        assertThat(deliveries.due(now.plusSeconds(90), 100)).as("a switched-off endpoint gets nothing").doesNotContainAnyElementsOf(due);
        endpoints.delete(endpoint);
        assertThat(deliveries.ofEndpoint(endpoint, 50)).isEmpty();
    }
}
