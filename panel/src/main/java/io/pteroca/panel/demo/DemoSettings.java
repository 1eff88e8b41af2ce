package io.pteroca.panel.demo;

import io.pteroca.panel.setting.SettingDefinition;
import io.pteroca.panel.setting.Settings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * What a provider would have typed into Admin → Settings, for the demo: both ways to top up (Stripe in test mode against
 * the demo's stand-in, and bank transfer with sample details), sample terms of service, and single sign-on with the
 * built-in Pterodactyl. Saved through the same validation as the settings pages.
 */
@Component
@Profile("demo")
class DemoSettings {

    private final Settings settings;
    private final DemoStripe stripe;
    private final DemoPterodactyl.SingleSignOnSecret sso;

    DemoSettings(Settings settings, DemoStripe stripe, DemoPterodactyl.SingleSignOnSecret sso) {
        this.settings = settings;
        this.stripe = stripe;
        this.sso = sso;
    }

    void apply() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("payment.stripe.enabled", "true");
        values.put("payment.stripe.secret_key", stripe.secretKey());
        values.put("payment.stripe.webhook_secret", stripe.webhookSecret());
        values.put("payment.stripe.payment_methods", "card");
        values.put("payment.bank_transfer.enabled", "true");
        values.put("payment.bank_transfer.account_holder", "PteroCA Demo Hosting Ltd");
        values.put("payment.bank_transfer.iban", "DE89 3704 0044 0532 0130 00");
        values.put("payment.bank_transfer.bic", "COBADEFFXXX");
        values.put("payment.bank_transfer.instructions", "<p>This is a demo: no money moves and this account is a sample. "
                + "Sign in as the demo admin and mark the payment received under Admin → Payments.</p>");
        values.put("security.terms_of_service", resource("/demo/terms-of-service.html"));
        values.put("pterodactyl.sso.enabled", "true");
        values.put("pterodactyl.sso.secret", sso.value());
        Map<SettingDefinition, String> typed = new LinkedHashMap<>();
        values.forEach((key, value) -> typed.put(settings.definition(key)
                .orElseThrow(() -> new IllegalStateException("The demo sets an unknown setting: " + key)), value));
        settings.setAll(typed);
    }

    private static String resource(String path) {
        try (InputStream in = DemoSettings.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
