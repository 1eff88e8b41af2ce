package io.pteroca.panel.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.payment.PaymentTestAccess;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.Race;
import io.pteroca.panel.support.TestPlugins;
import io.pteroca.panel.support.WebSession;
import io.pteroca.panel.wallet.Wallets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The paypal-payment example plugin end to end against a local stand-in of PayPal's REST API: the customer starts a
 * top-up in the panel, approves (or cancels) on "PayPal's page", and PayPal's webhooks and the customer's return race
 * each other. Money is taken once, credited once, and never for a forged notification or a cancelled approval.
 */
class PayPalPaymentPluginTest extends IntegrationTest {

    private static final String ID = "paypal-payment";
    private static final String WEBHOOK = "/payments/paypal/webhook";

    @Autowired
    private ApplicationContext context;
    @Autowired
    private Plugins plugins;
    @Autowired
    private Wallets wallets;
    private PayPalStandIn paypal;

    @BeforeEach
    void standIn() throws Exception {
        new PluginTestAccess(context).removeIfPresent(ID);
        paypal = new PayPalStandIn();
        new PluginTestAccess(context).install(TestPlugins.example(ID));
        Map<String, String> errors = plugins.saveSettings(ID, Map.of("client-id", PayPalStandIn.CLIENT_ID,
                "client-secret", PayPalStandIn.SECRET, "webhook-id", PayPalStandIn.WEBHOOK_ID, "api-url", paypal.baseUrl(),
                PluginSettingValues.EXTRA_HOSTS, paypal.hostRule()), PluginActor.COMMAND_LINE);
        assertThat(errors).isEmpty();
        new PluginTestAccess(context).enable(ID);
        assertThat(new PluginTestAccess(context).findingRules(ID)).as("nothing for an admin to accept or look into").isEmpty();
    }

    @AfterEach
    void stop() {
        new PluginTestAccess(context).removeIfPresent(ID);
        paypal.close();
    }

    private WebSession customer(AccountView account) {
        return new PluginFixtures(context, port).signedIn(account);
    }

    /** Starts a top-up from the wallet page; returns the payment's id. */
    private long startTopUp(WebSession web, String amount) {
        assertThat(web.get("/wallet/top-up").body()).contains("value=\"paypal\"").contains("PayPal");
        WebSession.Page started = web.post("/wallet/top-up", Map.of("amount", amount, "method", "paypal"));
        Matcher payment = Pattern.compile("/payments/(\\d+)\\?checkout=true$").matcher(started.location());
        assertThat(payment.find()).as(started.location()).isTrue();
        return Long.parseLong(payment.group(1));
    }

    private String status(long paymentId) {
        return jdbc.queryForObject("SELECT status FROM payment WHERE id = ?", String.class, paymentId);
    }

    private int topUpEntries(long paymentId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM wallet_entry WHERE reason = 'TOP_UP' AND reference_type = 'payment' "
                + "AND reference_id = ?", Integer.class, String.valueOf(paymentId));
    }

    private int deliver(PayPalStandIn.Event event) {
        return browser().postJson(WEBHOOK, event.body(), event.headers()).status();
    }

    @Test
    void aTopUpIsCreditedOnceHoweverOftenTheWebhooksAndTheReturnArrive() throws Exception {
        AccountView payer = new PluginFixtures(context, port).account(Role.USER);
        WebSession web = customer(payer);
        long paymentId = startTopUp(web, "12.5");
        String orderId = paypal.orderId("12.50");
        JsonNode order = paypal.createdBodies.get(0);
        assertThat(order.path("purchase_units").path(0).path("amount").toString())
                .as("PayPal's decimal string with two places").isEqualTo("{\"currency_code\":\"USD\",\"value\":\"12.50\"}");
        assertThat(order.path("purchase_units").path(0).path("custom_id").asString()).isEqualTo(String.valueOf(paymentId));
        assertThat(order.path("payment_source").path("paypal").path("experience_context").path("return_url").asString())
                .endsWith("/payments/" + paymentId + "?returned=true");
        assertThat(web.get("/payments/" + paymentId + "?checkout=true").body()).as("our page sends the buyer on to PayPal")
                .contains("href=\"https://www.sandbox.paypal.com/checkoutnow?token=" + orderId + "\" id=\"continue-payment\"");
        assertThat(status(paymentId)).isEqualTo("PENDING");

        String back = paypal.approve(orderId);
        PayPalStandIn.Event approved = paypal.event("CHECKOUT.ORDER.APPROVED", orderId);
        AtomicInteger turn = new AtomicInteger();
        List<Object> answers = Race.of(6, () -> turn.getAndIncrement() % 2 == 0 ? deliver(approved) : web.get(back).status());
        assertThat(answers).containsOnly(200);
        PayPalStandIn.Event completed = paypal.event("PAYMENT.CAPTURE.COMPLETED", orderId);
        assertThat(deliver(completed)).isEqualTo(200);
        assertThat(deliver(completed)).as("PayPal delivers a notification again until it is answered").isEqualTo(200);
        assertThat(deliver(approved)).isEqualTo(200);
        assertThat(web.get(back).status()).isEqualTo(200);

        assertThat(paypal.captures.get()).as("the money was taken once").isEqualTo(1);
        assertThat(paypal.status(orderId)).isEqualTo("COMPLETED");
        assertThat(status(paymentId)).isEqualTo("PAID");
        assertThat(topUpEntries(paymentId)).as("credited once").isEqualTo(1);
        assertThat(wallets.balance(payer.id()).amount()).isEqualByComparingTo("12.50");
        assertThat(jdbc.queryForObject("SELECT setting_value FROM setting WHERE setting_key = ?", String.class,
                "plugin." + ID + ".client-secret")).startsWith("v1:").doesNotContain(PayPalStandIn.SECRET);
    }

    @Test
    void aForgedOrAlteredWebhookIsRefusedAndCreditsNothing() {
        AccountView payer = new PluginFixtures(context, port).account(Role.USER);
        long paymentId = startTopUp(customer(payer), "20");
        String orderId = paypal.orderId("20.00");
        paypal.approve(orderId);

        PayPalStandIn.Event genuine = paypal.event("CHECKOUT.ORDER.APPROVED", orderId);
        PayPalStandIn.Event forged = genuine.withHeader("PAYPAL-TRANSMISSION-SIG", "c2lnbmVkIGJ5IG1l");
        assertThat(deliver(forged)).as("PayPal answers FAILURE").isEqualTo(400);
        assertThat(deliver(genuine.withBody(genuine.body().replace("CHECKOUT.ORDER.APPROVED", "PAYMENT.CAPTURE.COMPLETED"))))
                .as("a genuine signature on another body").isEqualTo(400);
        assertThat(deliver(genuine.withBody(genuine.body() + ", \"webhook_id\": \"" + PayPalStandIn.WEBHOOK_ID + "\"")))
                .as("not one JSON value").isEqualTo(400);
        assertThat(browser().postJson(WEBHOOK, genuine.body(), Map.of()).status()).as("no signature headers").isEqualTo(400);
        assertThat(paypal.verifications.get()).as("every well-formed one was asked about").isEqualTo(2);
        assertThat(paypal.captureCalls.get()).as("nothing captured for them").isZero();
        assertThat(status(paymentId)).isEqualTo("PENDING");
        assertThat(wallets.balance(payer.id()).amount()).isEqualByComparingTo("0");

        assertThat(deliver(genuine)).isEqualTo(200);
        assertThat(status(paymentId)).isEqualTo("PAID");
        assertThat(wallets.balance(payer.id()).amount()).isEqualByComparingTo("20.00");
    }

    @Test
    void aCancelledApprovalCreditsNothingWhoeverAsks() {
        AccountView payer = new PluginFixtures(context, port).account(Role.USER);
        WebSession web = customer(payer);
        long paymentId = startTopUp(web, "10");
        String orderId = paypal.orderId("10.00");

        String cancelled = paypal.cancel(orderId);
        assertThat(web.get(cancelled).body()).contains("id=\"continue-payment\"");
        assertThat(web.get("/payments/" + paymentId + "?returned=true").status()).as("the return URL typed by hand").isEqualTo(200);
        clock.advance(Duration.ofMinutes(5));
        new PaymentTestAccess(context).askAboutPendingPayments();
        assertThat(paypal.captureCalls.get()).as("nothing to capture before an approval").isZero();
        assertThat(status(paymentId)).isEqualTo("PENDING");
        assertThat(topUpEntries(paymentId)).isZero();
        assertThat(wallets.balance(payer.id()).amount()).isEqualByComparingTo("0");
    }
}
