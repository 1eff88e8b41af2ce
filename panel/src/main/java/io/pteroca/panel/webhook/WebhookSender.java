package io.pteroca.panel.webhook;

import io.pteroca.panel.setting.SecretCipher;
import io.pteroca.panel.shared.Refusal;
import io.pteroca.panel.shared.RetryBackoff;
import io.pteroca.panel.shared.work.DurableWork;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import io.pteroca.panel.shared.SeparateTransaction;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Sends due deliveries, signed, one attempt each: a 2xx answer delivers it; anything else — another status, a
 * redirect (never followed), a timeout, a refused address — is logged (an error of ours as a message key, one of the
 * network as its exception's text) and tried again after an exponentially growing pause, until the retry window
 * (three days) is over. An endpoint that has accepted nothing for a whole window is switched off and the admins are
 * told. Runs after each event's commit and in the background sweep.
 */
@Component
class WebhookSender implements DurableWork {

    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);
    static final int EXCERPT_BYTES = 1024;

    private final WebhookDeliveries deliveries;
    private final WebhookEndpoints endpoints;
    private final WebhookTargets targets;
    private final WebhookAlerts alerts;
    private final SecretCipher cipher;
    private final Clock clock;
    /** The claim and the outcome each commit at once; attempts run in the background, outside any transaction. */
    private final SeparateTransaction transactions;
    private final HttpClient http;
    private final Duration timeout;
    private final Duration retryBase;
    private final Duration retryMax;
    private final Duration retryWindow;
    private final Duration interval;

    WebhookSender(WebhookDeliveries deliveries, WebhookEndpoints endpoints, WebhookTargets targets, WebhookAlerts alerts,
                  SecretCipher cipher, Clock clock, PlatformTransactionManager transactionManager,
                  @Value("${pteroca.webhooks.timeout:PT10S}") Duration timeout,
                  @Value("${pteroca.webhooks.retry-base:PT30S}") Duration retryBase,
                  @Value("${pteroca.webhooks.retry-max:PT12H}") Duration retryMax,
                  @Value("${pteroca.webhooks.retry-window:P3D}") Duration retryWindow,
                  @Value("${pteroca.webhooks.interval:PT15S}") Duration interval) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.targets = targets;
        this.alerts = alerts;
        this.cipher = cipher;
        this.clock = clock;
        this.timeout = timeout;
        this.retryBase = retryBase;
        this.retryMax = retryMax;
        this.retryWindow = retryWindow;
        this.interval = interval;
        this.transactions = new SeparateTransaction(transactionManager);
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(timeout).build();
    }

    @Override
    public String name() {
        return "webhooks";
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public int parallelism() {
        return 4;
    }

    @Override
    public List<Long> due(Instant now, int limit) {
        return deliveries.due(now, limit);
    }

    /** Sends the delivery if it is due and nobody else took it; true when an attempt was made. */
    @Override
    public boolean attempt(long id) {
        Instant now = clock.instant();
        // The lease outlasts the longest attempt, so only a sender that died leaves a delivery to be taken again.
        WebhookDeliveries.Claimed delivery = transactions.execute(status ->
                deliveries.claim(id, now, now.plus(timeout.multipliedBy(3)).plusSeconds(60)).orElse(null));
        if (delivery == null) {
            return false;
        }
        Outcome outcome = send(delivery, now);
        transactions.run(status -> record(delivery, now, outcome));
        return true;
    }

    Instant now() {
        return clock.instant();
    }

    Duration retryWindow() {
        return retryWindow;
    }

    /** The pause after the n-th failed attempt: the base, doubled each time, at most the maximum. */
    Duration backoff(int failedAttempts) {
        return RetryBackoff.pause(retryBase, failedAttempts, 30, retryMax);
    }

    private record Outcome(Integer status, long durationMs, String excerpt, String error) {
        boolean delivered() {
            return error == null && status != null && status >= 200 && status < 300;
        }
    }

    private Outcome send(WebhookDeliveries.Claimed delivery, Instant now) {
        long started = System.nanoTime();
        try {
            URI target = targets.check(delivery.url());
            long timestamp = now.getEpochSecond();
            String secret = cipher.decrypt(delivery.sealedSecret());
            HttpRequest request = HttpRequest.newBuilder(target).timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "PteroCA-Webhooks")
                    .header("Webhook-Id", delivery.messageId())
                    .header("Webhook-Timestamp", Long.toString(timestamp))
                    .header("Webhook-Signature", WebhookSignature.sign(secret, delivery.messageId(), timestamp, delivery.body()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.body(), StandardCharsets.UTF_8))
                    .build();
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            String excerpt;
            try (InputStream body = response.body()) {
                excerpt = excerpt(body.readNBytes(EXCERPT_BYTES));
            }
            int status = response.statusCode();
            String error = status >= 300 && status < 400 ? "webhook.attempt.error.redirect" : null;
            return new Outcome(status, elapsed(started), excerpt, error);
        } catch (Refusal refused) {
            return new Outcome(null, elapsed(started), null, refused.messageKey());
        } catch (HttpTimeoutException e) {
            return new Outcome(null, elapsed(started), null, "webhook.attempt.error.timeout");
        } catch (IOException | RuntimeException e) {
            return new Outcome(null, elapsed(started), null, limit(e.getClass().getSimpleName() + ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, elapsed(started), null, "webhook.attempt.error.interrupted");
        }
    }

    private void record(WebhookDeliveries.Claimed delivery, Instant now, Outcome outcome) {
        deliveries.recordAttempt(delivery.id(), now, outcome.status(), outcome.durationMs(), outcome.excerpt(), outcome.error(),
                delivery.redelivery());
        if (outcome.delivered()) {
            deliveries.delivered(delivery.id(), outcome.status(), now);
            endpoints.succeeded(delivery.endpointId());
            return;
        }
        log.info("Webhook {} to {} failed (attempt {}): {}", delivery.messageId(), delivery.url(), delivery.attempts(),
                outcome.error() != null ? outcome.error() : "status " + outcome.status());
        endpoints.failed(delivery.endpointId(), now);
        Instant next = now.plus(backoff(delivery.attempts()));
        if (!next.isAfter(delivery.giveUpAt())) {
            deliveries.retryAt(delivery.id(), outcome.status(), next);
            return;
        }
        deliveries.gaveUp(delivery.id(), outcome.status());
        endpoints.find(delivery.endpointId())
                .filter(endpoint -> endpoint.failingSince() != null && !endpoint.failingSince().isAfter(now.minus(retryWindow)))
                .filter(endpoint -> endpoints.disable(endpoint.id(), now))
                .ifPresent(alerts::disabled);
    }

    /** At most {@link #EXCERPT_BYTES} bytes of the answer, cut before a broken character. */
    static String excerpt(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        while (text.getBytes(StandardCharsets.UTF_8).length > EXCERPT_BYTES || text.endsWith("\uFFFD")) {
            text = text.substring(0, text.length() - 1);
        }
        return text;
    }

    private static String limit(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500);
    }

    private static long elapsed(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
