package io.pteroca.panel.webhook;

import java.time.Instant;
import java.util.List;

/**
 * An address an admin registered for webhooks, with the event types it receives. The secret is kept encrypted and
 * leaves the panel only as signatures (and once, to the admin, when it is made).
 */
record WebhookEndpoint(long id, String url, String description, List<String> events, String sealedSecret,
                       boolean enabled, Instant disabledAt, Instant failingSince, Instant createdAt) {

    boolean wants(String type) {
        return events.contains(type);
    }
}
