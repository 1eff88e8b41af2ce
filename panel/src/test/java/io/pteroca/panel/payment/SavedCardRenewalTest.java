package io.pteroca.panel.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.pteroca.panel.support.TestMoney.usd;
import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.catalog.PeriodUnit;
import io.pteroca.panel.catalog.PriceKind;
import io.pteroca.panel.catalog.PriceTerms;
import io.pteroca.panel.catalog.ProductDefinition;
import io.pteroca.panel.catalog.ProductEditor;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.order.Checkout;
import io.pteroca.panel.order.OrderForm;
import io.pteroca.panel.pterodactyl.PterodactylInventory;
import io.pteroca.panel.server.DueAutoRenewal;
import io.pteroca.panel.server.ServerState;
import io.pteroca.panel.server.ServerView;
import io.pteroca.panel.server.ServerWorkTestAccess;
import io.pteroca.panel.server.Servers;
import io.pteroca.panel.setting.SiteSettings;
import io.pteroca.panel.shared.work.DurableWorkRunner;
import io.pteroca.panel.support.BackgroundWork;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.TestMail;
import io.pteroca.panel.support.TestPterodactyl;
import io.pteroca.panel.support.TestStripe;
import io.pteroca.panel.support.WebSession;
import io.pteroca.panel.wallet.WalletReason;
import io.pteroca.panel.wallet.WalletReference;
import io.pteroca.panel.wallet.Wallets;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Auto-renewal paid by a saved card against the Stripe stand-in: the shortfall is charged off-session, the wallet is
 * credited only by Stripe's (signed) webhook and exactly once, and then the renewal completes from the wallet.
 */
class SavedCardRenewalTest extends IntegrationTest {

    private static final String PASSWORD = "saved card secret";

    @Autowired
    ApplicationContext context;
    @Autowired
    Accounts accounts;
    @Autowired
    Wallets wallets;
    @Autowired
    Servers servers;
    @Autowired
    DueAutoRenewal dueAutoRenewal;
    @Autowired
    PaymentRepository payments;
    @Autowired
    SavedCardRepository savedCards;
    @Autowired
    SiteSettings site;

    private String suffix;
    private String customerId;
    private String paymentMethodId;

    @BeforeEach
    void stripe() {
        settings.setAll(Map.of(StripeSettings.ENABLED, "true", StripeSettings.SECRET_KEY, "sk_test_panel",
                StripeSettings.WEBHOOK_SECRET, TestStripe.WEBHOOK_SECRET, PaymentSettings.MIN_TOP_UP, "0"));
        suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        customerId = "cus_" + suffix;
        paymentMethodId = "pm_" + suffix;
        TestStripe.server().resetAll();
        TestStripe.server().stubFor(post(urlEqualTo("/v1/customers")).willReturn(okJson("""
                {"id": "%s", "object": "customer"}""".formatted(customerId))));
        TestStripe.server().stubFor(post(urlEqualTo("/v1/checkout/sessions")).withRequestBody(containing("mode=setup"))
                .willReturn(okJson("""
                        {"id": "cs_setup_%s", "object": "checkout.session", "mode": "setup", "status": "open",
                         "url": "https://checkout.stripe.test/setup/%s"}""".formatted(suffix, suffix))));
        TestStripe.server().stubFor(get(urlEqualTo("/v1/payment_methods/" + paymentMethodId))
                .willReturn(okJson(TestStripe.cardPaymentMethod(paymentMethodId, customerId, "visa", "4242"))));
    }

    @AfterEach
    void off() {
        settings.set(StripeSettings.ENABLED, "false");
    }

    private record Renewing(AccountView customer, WebSession web, long serverId, Instant expiry) {
    }

    /**
     * A customer with a 10.00 monthly server on auto-renew, 3.00 in the wallet and a Visa card saved at Stripe and
     * chosen for auto-renewal, at the moment auto-renew finds the wallet 7.00 short.
     */
    private Renewing shortAtRenewalWithCard() {
        AccountView customer = accounts.createVerified("cards-" + suffix + "@example.test", "Cara", "Card", PASSWORD,
                Role.USER, "test");
        credit(customer, "10");
        BackgroundWork.awaitIdle();
        ProductView product = product();
        long serverId = context.getBean(Checkout.class).purchase(customer.id(), new OrderForm(product.id(),
                product.prices().get(0).id(), product.definition().eggs().get(0).eggId(), "Carded " + suffix.substring(0, 4),
                null, true, Map.of(), null, UUID.randomUUID().toString(), null));
        new ServerWorkTestAccess(context).workUntil(() -> server(serverId).state() == ServerState.ACTIVE,
                "the server to become ACTIVE", TestPterodactyl.emulator());
        credit(customer, "3");

        WebSession web = browser();
        web.signIn(customer.email(), PASSWORD);
        saveCard(web);
        long cardId = savedCards.findByPaymentMethod(paymentMethodId).orElseThrow().id();
        web.get("/account/payment-methods");
        web.post("/account/payment-methods/renewal", Map.of("card", Long.toString(cardId)));
        assertThat(web.get("/account/payment-methods").body()).contains("Pays auto-renewal").contains("•••• 4242");

        Instant expiry = server(serverId).expiresAt();
        clock.advance(Duration.between(clock.instant(), expiry.minus(Duration.ofMinutes(30))));
        return new Renewing(customer, web, serverId, expiry);
    }

    /** Adds a card the way a customer does: Stripe's page in setup mode, then Stripe's webhook says it is saved. */
    private void saveCard(WebSession web) {
        web.get("/account/payment-methods");
        WebSession.Page added = web.post("/account/payment-methods/add", Map.of());
        assertThat(web.get(added.location()).body()).as("our page sends the browser on to Stripe")
                .contains("href=\"https://checkout.stripe.test/setup/" + suffix + "\"").contains("data-auto-follow=\"true\"");
        TestStripe.server().verify(postRequestedFor(urlEqualTo("/v1/checkout/sessions"))
                .withRequestBody(containing("customer=" + customerId)).withRequestBody(containing("mode=setup")));
        assertThat(savedCards.findByPaymentMethod(paymentMethodId)).as("nothing is kept before Stripe says so").isEmpty();
        String saved = TestStripe.event("setup_intent.succeeded", """
                {"id": "seti_%s", "object": "setup_intent", "status": "succeeded", "customer": "%s", "payment_method": "%s"}"""
                .formatted(suffix, customerId, paymentMethodId));
        assertThat(deliver(saved).status()).isEqualTo(200);
        assertThat(deliver(saved).status()).isEqualTo(200);
        assertThat(savedCards.findAll()).filteredOn(c -> c.paymentMethod().equals(paymentMethodId)).hasSize(1);
    }

    private void renewalRunsWith(String paymentIntentAnswer, int status) {
        TestStripe.server().stubFor(post(urlEqualTo("/v1/payment_intents")).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(paymentIntentAnswer)));
    }

    private long chargedPayment(long serverId) {
        return jdbc.queryForObject("SELECT payment_id FROM renewal_charge WHERE server_id = ?", Long.class, serverId);
    }

    private String paymentIntentSucceeded(String paymentIntentId, long paymentId) {
        return TestStripe.event("payment_intent.succeeded", """
                {"id": "%s", "object": "payment_intent", "status": "succeeded", "amount": 700, "currency": "usd",
                 "metadata": {"pteroca_payment_id": "%d"}}""".formatted(paymentIntentId, paymentId));
    }

    @Test
    void theShortfallIsChargedOffSessionAndTheRenewalCompletesOnlyAfterTheWebhookOnce() throws Exception {
        Renewing r = shortAtRenewalWithCard();
        renewalRunsWith("""
                {"id": "pi_%s", "object": "payment_intent", "status": "succeeded", "amount": 700, "currency": "usd"}"""
                .formatted(suffix), 200);

        assertThat(dueAutoRenewal.renewIfDue(r.serverId())).as("the wallet alone cannot pay").isFalse();
        BackgroundWork.awaitIdle();
        long paymentId = chargedPayment(r.serverId());
        String key = "pteroca-renewal-auto-" + r.serverId() + "-" + r.expiry().getEpochSecond() + "-" + paymentId;
        TestStripe.server().verify(1, postRequestedFor(urlEqualTo("/v1/payment_intents"))
                .withHeader("Idempotency-Key", equalTo(key))
                .withRequestBody(containing("amount=700")).withRequestBody(containing("currency=usd"))
                .withRequestBody(containing("off_session=true")).withRequestBody(containing("confirm=true"))
                .withRequestBody(containing("customer=" + customerId))
                .withRequestBody(containing("payment_method=" + paymentMethodId)));
        assertThat(wallets.balance(r.customer().id()).amount()).as("Stripe's answer alone credits nothing").isEqualByComparingTo("3");
        assertThat(server(r.serverId()).expiresAt()).isEqualTo(r.expiry());

        dueAutoRenewal.renewIfDue(r.serverId());
        BackgroundWork.awaitIdle();
        TestStripe.server().verify(1, postRequestedFor(urlEqualTo("/v1/payment_intents")));

        String succeeded = paymentIntentSucceeded("pi_" + suffix, paymentId);
        List<CompletableFuture<Integer>> deliveries = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            deliveries.add(CompletableFuture.supplyAsync(() -> deliver(succeeded).status()));
        }
        for (CompletableFuture<Integer> delivery : deliveries) {
            assertThat(delivery.get()).isEqualTo(200);
        }
        BackgroundWork.awaitIdle();
        assertThat(deliver(succeeded).status()).as("a replay later").isEqualTo(200);
        BackgroundWork.awaitIdle();

        assertOneCreditAndOneRenewal(r, paymentId);
        assertThat(wallets.balance(r.customer().id()).amount()).as("3 + 7 - 10").isEqualByComparingTo("0");
    }

    @Test
    void aDeclinedCardLeavesTheServerToExpireAndSaysWhyByEmail() {
        Renewing r = shortAtRenewalWithCard();
        renewalRunsWith(TestStripe.cardError("card_declined", "insufficient_funds", "pi_" + suffix), 402);

        dueAutoRenewal.renewIfDue(r.serverId());
        BackgroundWork.awaitIdle();
        long paymentId = chargedPayment(r.serverId());
        assertThat(payments.findById(paymentId).orElseThrow().status()).isEqualTo(PaymentStatus.FAILED);
        MimeMessage mail = declinedMail(r.customer());
        assertThat(TestMail.body(mail)).contains("7.00").contains("4242").contains("insufficient funds")
                .contains("/wallet/top-up");

        clock.advance(Duration.ofHours(2));
        assertThat(dueAutoRenewal.renewIfDue(r.serverId())).isFalse();
        BackgroundWork.awaitIdle();
        TestStripe.server().verify(1, postRequestedFor(urlEqualTo("/v1/payment_intents")));
        assertThat(server(r.serverId()).expiresAt()).as("not renewed").isEqualTo(r.expiry());
        assertThat(wallets.balance(r.customer().id()).amount()).isEqualByComparingTo("3");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM server_order WHERE server_id = ? AND kind = 'RENEWAL'",
                Integer.class, r.serverId())).isZero();
    }

    @Test
    void aCardThatNeedsItsOwnerGetsALinkByEmailAndTheRenewalCompletesAfterStripeConfirms() {
        Renewing r = shortAtRenewalWithCard();
        renewalRunsWith(TestStripe.cardError("authentication_required", null, "pi_" + suffix), 402);
        TestStripe.server().stubFor(post(urlEqualTo("/v1/checkout/sessions")).withRequestBody(containing("mode=payment"))
                .willReturn(okJson("""
                        {"id": "cs_auth_%s", "object": "checkout.session", "mode": "payment", "status": "open",
                         "payment_status": "unpaid", "url": "https://checkout.stripe.test/pay/%s"}""".formatted(suffix, suffix))));

        dueAutoRenewal.renewIfDue(r.serverId());
        BackgroundWork.awaitIdle();
        long paymentId = chargedPayment(r.serverId());
        assertThat(payments.findById(paymentId).orElseThrow().status()).isEqualTo(PaymentStatus.PENDING);
        MimeMessage mail = TestMail.await(r.customer().email(), 1).stream()
                .filter(m -> TestMail.body(m).contains("Confirm the payment")).findFirst().orElseThrow();
        String link = TestMail.link(mail, site.url() + "/payments/");
        assertThat(link).isEqualTo(site.url() + "/payments/" + paymentId + "/authenticate");
        assertThat(TestMail.body(mail)).contains("7.00").contains("4242");

        assertThat(browser().get("/payments/" + paymentId + "/authenticate").redirectsTo("/login"))
                .as("only its owner, signed in").isTrue();
        WebSession.Page opened = r.web().get("/payments/" + paymentId + "/authenticate");
        assertThat(opened.location()).endsWith("/payments/" + paymentId + "?checkout=true");
        assertThat(r.web().get(opened.location()).body()).contains("href=\"https://checkout.stripe.test/pay/" + suffix + "\"");
        r.web().get("/payments/" + paymentId + "/authenticate");
        TestStripe.server().verify(1, postRequestedFor(urlEqualTo("/v1/checkout/sessions"))
                .withRequestBody(containing("mode=payment")).withRequestBody(containing("customer=" + customerId))
                .withRequestBody(containing("payment_intent_data[metadata][pteroca_payment_id]=" + paymentId))
                .withRequestBody(containing("[unit_amount]=700")));
        assertThat(server(r.serverId()).expiresAt()).isEqualTo(r.expiry());

        deliver(TestStripe.sessionEvent("checkout.session.completed", "cs_auth_" + suffix, "paid"));
        deliver(paymentIntentSucceeded("pi_auth_" + suffix, paymentId));
        BackgroundWork.awaitIdle();
        assertOneCreditAndOneRenewal(r, paymentId);
    }

    @Test
    void aConfirmationNeverOpenedExpiresAfterAWeekSoThePaymentStopsWaiting() {
        Renewing r = shortAtRenewalWithCard();
        renewalRunsWith(TestStripe.cardError("authentication_required", null, "pi_" + suffix), 402);
        dueAutoRenewal.renewIfDue(r.serverId());
        BackgroundWork.awaitIdle();
        long paymentId = chargedPayment(r.serverId());
        DurableWorkRunner work = context.getBean(DurableWorkRunner.class);

        clock.advance(Duration.ofDays(6));
        work.sweep(context.getBean(RenewalChargeSender.class));
        assertThat(payments.findById(paymentId).orElseThrow().status()).isEqualTo(PaymentStatus.PENDING);
        clock.advance(Duration.ofDays(1));
        work.sweep(context.getBean(RenewalChargeSender.class));
        assertThat(payments.findById(paymentId).orElseThrow().status()).isEqualTo(PaymentStatus.EXPIRED);
        assertThat(r.web().get("/payments/" + paymentId + "/authenticate").location())
                .as("the link no longer opens a payment").endsWith("/payments/" + paymentId);
        TestStripe.server().verify(0, postRequestedFor(urlEqualTo("/v1/checkout/sessions")).withRequestBody(containing("mode=payment")));
        assertThat(wallets.balance(r.customer().id()).amount()).isEqualByComparingTo("3");
    }

    @Test
    void aCustomerRemovesOnlyTheirOwnCardAndStripeForgetsIt() {
        AccountView customer = accounts.createVerified("cards-" + suffix + "@example.test", "Cara", "Card", PASSWORD,
                Role.USER, "test");
        WebSession web = browser();
        web.signIn(customer.email(), PASSWORD);
        saveCard(web);
        long cardId = savedCards.findByPaymentMethod(paymentMethodId).orElseThrow().id();
        web.get("/account/payment-methods");
        web.get(web.post("/account/payment-methods/renewal", Map.of("card", Long.toString(cardId))).location());

        AccountView stranger = accounts.createVerified("stranger-" + suffix + "@example.test", "Stra", "Nger", PASSWORD,
                Role.USER, "test");
        WebSession strangerWeb = browser();
        strangerWeb.signIn(stranger.email(), PASSWORD);
        strangerWeb.get("/account/payment-methods");
        assertThat(strangerWeb.post("/account/payment-methods/" + cardId + "/remove", Map.of()).status()).isEqualTo(404);
        assertThat(strangerWeb.post("/account/payment-methods/renewal", Map.of("card", Long.toString(cardId))).status())
                .isEqualTo(404);

        String detach = "/v1/payment_methods/" + paymentMethodId + "/detach";
        TestStripe.server().stubFor(post(urlEqualTo(detach)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\": {\"type\": \"invalid_request_error\", \"code\": \"parameter_invalid\", \"message\": \"No.\"}}")));
        assertThat(web.post("/account/payment-methods/" + cardId + "/remove", Map.of()).status()).isEqualTo(302);
        assertThat(web.get("/account/payment-methods").body()).as("kept while Stripe still has it")
                .contains("could not be removed at Stripe").contains("•••• 4242");
        assertThat(savedCards.findById(cardId)).isPresent();

        TestStripe.server().stubFor(post(urlEqualTo(detach)).willReturn(okJson("""
                {"id": "%s", "object": "payment_method", "type": "card", "customer": null}""".formatted(paymentMethodId))));
        web.post("/account/payment-methods/" + cardId + "/remove", Map.of());
        TestStripe.server().verify(2, postRequestedFor(urlEqualTo(detach)));
        assertThat(savedCards.findById(cardId)).isEmpty();
        assertThat(web.get("/account/payment-methods").body()).contains("The card was removed.").contains("You have no saved cards.");
        assertThat(jdbc.queryForObject("SELECT renewal_card_id FROM stripe_customer WHERE user_id = ?", Long.class,
                customer.id())).as("no longer chosen for auto-renewal").isNull();
    }

    private void assertOneCreditAndOneRenewal(Renewing r, long paymentId) {
        assertThat(payments.findById(paymentId).orElseThrow().status()).isEqualTo(PaymentStatus.PAID);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM wallet_entry WHERE user_id = ? AND reason = 'TOP_UP'",
                Integer.class, r.customer().id())).as("one credit").isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM server_order WHERE server_id = ? AND kind = 'RENEWAL'",
                Integer.class, r.serverId())).as("one renewal").isEqualTo(1);
        assertThat(server(r.serverId()).expiresAt()).as("a month more")
                .isAfter(r.expiry().plus(27, ChronoUnit.DAYS)).isBefore(r.expiry().plus(32, ChronoUnit.DAYS));
        assertThat(wallets.ledgerSum(r.customer().id()).amount()).isEqualByComparingTo(wallets.balance(r.customer().id()).amount());
        assertThat(wallets.balance(r.customer().id()).amount()).isEqualByComparingTo("0");
    }

    private MimeMessage declinedMail(AccountView customer) {
        return TestMail.await(customer.email(), 1).stream().filter(m -> TestMail.body(m).contains("did not go through"))
                .findFirst().orElseThrow(() -> new AssertionError("no e-mail about the declined card"));
    }

    private WebSession.Page deliver(String event) {
        return browser().postJson("/payments/stripe/webhook", event, Map.of("Stripe-Signature", TestStripe.signature(event)));
    }

    private ServerView server(long serverId) {
        return servers.find(serverId).orElseThrow();
    }

    private void credit(AccountView customer, String amount) {
        wallets.credit(customer.id(), usd(amount), WalletReason.ADMIN_CREDIT, WalletReference.of("test", UUID.randomUUID()),
                "test money", null);
    }

    private ProductView product() {
        PterodactylInventory.EggInfo paper = context.getBean(PterodactylInventory.class).eggs(1).stream()
                .filter(egg -> egg.name().equals("Paper")).findFirst().orElseThrow();
        return context.getBean(ProductEditor.class).create(new ProductDefinition(null, "Card plan " + suffix, null, null,
                true, 0, new ProductDefinition.Resources(256, 0, 1024, 500, 100, null),
                new ProductDefinition.FeatureLimits(1, 1, 0, 2), Set.of(1), Set.of(), 1,
                List.of(ProductDefinition.EggChoice.defaultsOf(paper, null)), false, true, BigDecimal.ZERO, null, null,
                List.of(new PriceTerms(PriceKind.STATIC, 1, PeriodUnit.MONTHS, new BigDecimal("10"), null, null))));
    }
}
