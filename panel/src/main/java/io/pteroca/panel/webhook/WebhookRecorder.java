package io.pteroca.panel.webhook;

import io.pteroca.panel.shared.SeparateTransaction;
import io.pteroca.panel.shared.work.DurableWorkRunner;
import io.pteroca.plugin.event.PanelEvent;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores a delivery for every enabled endpoint that wants the event, in the transaction that raised it — just before
 * it commits, so work that rolls back sends nothing, and what commits is sent even if the panel dies right after —
 * and has each attempted once that transaction committed. The events are the plugin catalogue's, raised by the
 * plugin feature's bridge from the domain events.
 */
@Component
class WebhookRecorder {

    private final WebhookEndpoints endpoints;
    private final WebhookDeliveries deliveries;
    private final WebhookSender sender;
    private final DurableWorkRunner work;
    private final SeparateTransaction ownTransaction;
    private final JsonMapper json = JsonMapper.builder().build();

    WebhookRecorder(WebhookEndpoints endpoints, WebhookDeliveries deliveries, WebhookSender sender, DurableWorkRunner work,
                    PlatformTransactionManager transactionManager) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.sender = sender;
        this.work = work;
        this.ownTransaction = new SeparateTransaction(transactionManager);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(PanelEvent event) {
        String type = WebhookCatalogue.typeOf(event);
        List<WebhookEndpoint> targets = endpoints.enabled().stream().filter(endpoint -> endpoint.wants(type)).toList();
        if (targets.isEmpty()) {
            return;
        }
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            ownTransaction.run(status -> store(event, type, targets));
        } else if (!TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            store(event, type, targets);
        } else {
            // Raised inside a transaction that may not write (and changed nothing to pair them with): the deliveries
            // get one of their own once it has ended, as one nested in it would wait for a second connection.
            work.inBackgroundAfterCommit(() -> ownTransaction.run(status -> store(event, type, targets)));
        }
    }

    private void store(PanelEvent event, String type, List<WebhookEndpoint> targets) {
        String messageId = "msg_" + UUID.randomUUID().toString().replace("-", "");
        long message = deliveries.storeMessage(messageId, type, body(messageId, type, event), event.occurredAt());
        Instant now = sender.now();
        for (WebhookEndpoint endpoint : targets) {
            long delivery = deliveries.createDelivery(endpoint.id(), message, now, now.plus(sender.retryWindow()));
            work.afterCommit(sender, delivery);
        }
    }

    /** The body every endpoint gets, byte for byte, on every attempt: {@code {id, type, created, data}}. */
    String body(String messageId, String type, PanelEvent event) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", messageId);
        body.put("type", type);
        body.put("created", event.occurredAt().toString());
        body.put("data", event);
        return json.writeValueAsString(body);
    }
}
