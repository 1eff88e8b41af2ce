package io.pteroca.panel.payment;

import com.stripe.StripeClient;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** A client for Stripe's API with the panel's secret key, for top-ups and saved cards alike. */
@Component
class StripeApi {

    private final StripeSettings settings;
    private final Environment environment;

    StripeApi(StripeSettings settings, Environment environment) {
        this.settings = settings;
        this.environment = environment;
    }

    /**
     * Stripe's API unless {@code pteroca.stripe.api-base} names a stand-in (tests, the demo). Read at every call: the
     * demo's stand-in lives on the panel's own port, known only once the web server is up.
     */
    private String apiBase() {
        return environment.getProperty("pteroca.stripe.api-base", "https://api.stripe.com");
    }

    StripeClient client() {
        return StripeClient.builder().setApiKey(settings.secretKey()).setApiBase(apiBase())
                .setConnectTimeout(10_000).setReadTimeout(20_000).setMaxNetworkRetries(2).build();
    }
}
