package io.pteroca.panel.demo;

import com.stripe.net.Webhook;
import io.pteroca.panel.setting.SiteSettings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Profile;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Sends the stand-in's events (a session completed, a card saved, an off-session charge succeeded) to the panel's
 * webhook endpoint over HTTP, signed with the webhook secret the way Stripe signs them ({@code Stripe-Signature:
 * t=…,v1=…}), so the panel verifies them with stripe-java as in production.
 */
@Component
@Profile("demo")
class DemoStripeWebhooks {

    private static final Logger log = LoggerFactory.getLogger(DemoStripeWebhooks.class);

    private final DemoStripe stripe;
    private final DemoStripeJson json;
    private final SiteSettings site;
    private final TaskExecutor background;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    DemoStripeWebhooks(DemoStripe stripe, DemoStripeJson json, SiteSettings site,
                       @Qualifier("applicationTaskExecutor") TaskExecutor background) {
        this.stripe = stripe;
        this.json = json;
        this.site = site;
        this.background = background;
    }

    /** Delivers {@code checkout.session.completed}; false when the panel did not accept it (its return page asks again). */
    boolean completed(DemoStripe.Session paid) {
        return deliver(json.completed(paid), paid.id());
    }

    /** A card saved on the setup page: Stripe sends both events, and the panel keeps the card once. */
    void cardSaved(DemoStripe.Session session, DemoStripe.SetupIntent intent) {
        deliver(json.setupSucceeded(intent), intent.id());
        deliver(json.completed(session), session.id());
    }

    /**
     * An off-session charge went through: Stripe tells the panel after it has answered the API call, so the event is
     * sent in the background, as a separate delivery.
     */
    void paymentSucceededLater(DemoStripe.PaymentIntent intent) {
        String payload = json.paymentSucceeded(intent);
        background.execute(() -> deliver(payload, intent.id()));
    }

    private boolean deliver(String payload, String about) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(site.url() + "/payments/stripe/webhook"))
                    .timeout(Duration.ofSeconds(20))
                    .header("Content-Type", "application/json")
                    .header("Stripe-Signature", Webhook.Signature.generateSignatureHeader(payload, stripe.webhookSecret()))
                    .POST(HttpRequest.BodyPublishers.ofString(payload))
                    .build();
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                log.warn("The panel refused the demo's Stripe webhook for {}: HTTP {}", about, answer.statusCode());
            }
            return answer.statusCode() == 200;
        } catch (IOException | GeneralSecurityException e) {
            log.warn("Could not deliver the demo's Stripe webhook for {}: {}", about, e.toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
