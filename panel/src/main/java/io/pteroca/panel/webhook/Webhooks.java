package io.pteroca.panel.webhook;

import io.pteroca.panel.setting.SecretCipher;
import io.pteroca.panel.shared.Refusal;
import io.pteroca.panel.shared.work.DurableWorkRunner;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the admin page does with endpoints and their deliveries. */
@Service
class Webhooks {

    /** How many of an endpoint's latest deliveries its page shows. */
    static final int SHOWN_DELIVERIES = 50;

    /** A new endpoint and its secret, which is shown this once. */
    record Created(long id, String secret) {
    }

    private final WebhookEndpoints endpoints;
    private final WebhookDeliveries deliveries;
    private final WebhookCatalogue catalogue;
    private final WebhookTargets targets;
    private final WebhookSender sender;
    private final DurableWorkRunner work;
    private final SecretCipher cipher;
    private final Clock clock;

    Webhooks(WebhookEndpoints endpoints, WebhookDeliveries deliveries, WebhookCatalogue catalogue, WebhookTargets targets,
             WebhookSender sender, DurableWorkRunner work, SecretCipher cipher, Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.catalogue = catalogue;
        this.targets = targets;
        this.sender = sender;
        this.work = work;
        this.cipher = cipher;
        this.clock = clock;
    }

    List<WebhookEndpoint> all() {
        return endpoints.all();
    }

    WebhookEndpoint get(long id) {
        return endpoints.find(id).orElseThrow(() -> Refusal.notFound("webhook.notFound"));
    }

    @Transactional
    Created create(WebhookForm form) {
        String url = valid(form);
        String secret = WebhookSignature.newSecret();
        long id = endpoints.create(url, description(form), form.getEvents(), cipher.encrypt(secret), form.isEnabled(), clock.instant());
        return new Created(id, secret);
    }

    @Transactional
    void change(long id, WebhookForm form) {
        WebhookEndpoint before = get(id);
        endpoints.change(before, valid(form), description(form), form.getEvents(), form.isEnabled(), clock.instant());
    }

    @Transactional
    String newSecret(long id) {
        get(id);
        String secret = WebhookSignature.newSecret();
        endpoints.changeSecret(id, cipher.encrypt(secret), clock.instant());
        return secret;
    }

    @Transactional
    void delete(long id) {
        get(id);
        endpoints.delete(id);
    }

    List<WebhookDeliveries.DeliveryView> deliveries(long id) {
        return deliveries.ofEndpoint(id, SHOWN_DELIVERIES);
    }

    List<WebhookDeliveries.AttemptView> attempts(long id) {
        return deliveries.attemptsOf(id, SHOWN_DELIVERIES);
    }

    /** Sends the delivery again, with the same id, so the receiver can tell it is a repeat. */
    @Transactional
    void redeliver(long endpointId, long deliveryId) {
        get(endpointId);
        Instant now = clock.instant();
        if (!deliveries.redeliver(endpointId, deliveryId, now, now.plus(sender.retryWindow()))) {
            throw Refusal.notFound("webhook.delivery.notFound");
        }
        work.afterCommit(sender, deliveryId);
    }

    private String valid(WebhookForm form) {
        if (form.getUrl() == null || form.getUrl().isBlank()) {
            throw Refusal.onField("url", "webhook.error.url");
        }
        if (form.getEvents().isEmpty() || !form.getEvents().stream().allMatch(catalogue::contains)) {
            throw Refusal.onField("events", "webhook.error.events");
        }
        return targets.check(form.getUrl()).toString();
    }

    private static String description(WebhookForm form) {
        return form.getDescription() == null ? "" : form.getDescription().strip();
    }
}
