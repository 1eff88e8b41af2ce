package io.pteroca.panel.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.TestStripe;
import io.pteroca.panel.support.WebSession;
import io.pteroca.panel.wallet.Wallets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Stripe's API is a local stub; its webhooks are signed by the test and checked by stripe-java. */
class StripeTopUpTest extends IntegrationTest {

    @Autowired
    Accounts accounts;
    @Autowired
    Wallets wallets;
    @Autowired
    PaymentRepository payments;
    @Autowired
    GatewayTopUps gatewayTopUps;

    private String sessionId;

    @BeforeEach
    void stripe() {
        settings.setAll(Map.of(StripeSettings.ENABLED, "true", StripeSettings.SECRET_KEY, "sk_test_panel",
                StripeSettings.WEBHOOK_SECRET, TestStripe.WEBHOOK_SECRET, PaymentSettings.MIN_TOP_UP, "0"));
        sessionId = "cs_test_" + UUID.randomUUID().toString().replace("-", "");
        TestStripe.server().resetAll();
        TestStripe.server().stubFor(post(urlEqualTo("/v1/checkout/sessions")).willReturn(okJson("""
                {"id": "%s", "object": "checkout.session", "url": "https://checkout.stripe.test/pay/%s",
                 "payment_status": "unpaid", "status": "open"}""".formatted(sessionId, sessionId))));
    }

    @AfterEach
    void off() {
        settings.set(StripeSettings.ENABLED, "false");
    }

    private AccountView customer() {
        return accounts.createVerified("card-" + UUID.randomUUID().toString().substring(0, 6) + "@example.test", "Ca", "Rd",
                "card payer secret", Role.USER, "test");
    }

    private WebSession signedIn(AccountView account) {
        WebSession web = browser();
        web.signIn(account.email(), "card payer secret");
        return web;
    }

    private long startTopUp(WebSession web, String amount) {
        web.get("/wallet/top-up");
        WebSession.Page redirect = web.post("/wallet/top-up", Map.of("amount", amount, "method", "stripe"));
        long paymentId = payments.findByGatewayAndExternalId("stripe", sessionId).orElseThrow().id();
        assertThat(redirect.location()).as("our own page sends the browser on to Stripe")
                .endsWith("/payments/" + paymentId + "?checkout=true");
        assertThat(web.get(redirect.location()).body())
                .contains("href=\"https://checkout.stripe.test/pay/" + sessionId + "\" id=\"continue-payment\" data-auto-follow=\"true\"");
        return paymentId;
    }

    private WebSession.Page deliver(String event, String signature) {
        return browser().postJson("/payments/stripe/webhook", event, Map.of("Stripe-Signature", signature));
    }

    private WebSession.Page deliver(String event) {
        return deliver(event, TestStripe.signature(event));
    }

    @Test
    void aWebhookDeliveredTwiceCreditsOnceAndTheAmountLeavesInCents() {
        AccountView customer = customer();
        long paymentId = startTopUp(signedIn(customer), "19.99");
        TestStripe.server().verify(postRequestedFor(urlEqualTo("/v1/checkout/sessions"))
                .withRequestBody(containing("[unit_amount]=1999"))
                .withRequestBody(containing("client_reference_id=" + paymentId))
                .withRequestBody(containing("[currency]=usd")));

        String paid = TestStripe.sessionEvent("checkout.session.completed", sessionId, "paid");
        assertThat(deliver(paid).status()).isEqualTo(200);
        assertThat(deliver(paid).status()).isEqualTo(200);
        assertThat(wallets.balance(customer.id()).amount()).isEqualByComparingTo("19.99");
        assertThat(payments.findById(paymentId).orElseThrow().status()).isEqualTo(PaymentStatus.PAID);
    }

    @Test
    void aBadSignatureIsRefusedAndCreditsNothing() {
        AccountView customer = customer();
        startTopUp(signedIn(customer), "10");
        String paid = TestStripe.sessionEvent("checkout.session.completed", sessionId, "paid");
        assertThat(deliver(paid, "t=1,v1=00ff").status()).isEqualTo(400);
        assertThat(deliver(paid.replace("paid", "paid "), TestStripe.signature(paid)).status()).isEqualTo(400);
        assertThat(browser().postJson("/payments/stripe/webhook", paid, Map.of()).status()).isEqualTo(400);
        assertThat(wallets.balance(customer.id()).amount()).isEqualByComparingTo("0");
    }

    @Test
    void theReturnPageAsksStripeAndRacesTheWebhookWithoutCreditingTwice() throws Exception {
        AccountView customer = customer();
        WebSession web = signedIn(customer);
        long paymentId = startTopUp(web, "0.10");
        TestStripe.server().stubFor(get(urlEqualTo("/v1/checkout/sessions/" + sessionId)).willReturn(okJson("""
                {"id": "%s", "object": "checkout.session", "payment_status": "paid", "status": "complete"}"""
                .formatted(sessionId))));
        String paid = TestStripe.sessionEvent("checkout.session.completed", sessionId, "paid");
        List<CompletableFuture<Integer>> racers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            racers.add(CompletableFuture.supplyAsync(() -> deliver(paid).status()));
            racers.add(CompletableFuture.supplyAsync(() -> web.get("/payments/" + paymentId + "?returned=true").status()));
        }
        for (CompletableFuture<Integer> racer : racers) {
            assertThat(racer.get()).isEqualTo(200);
        }
        assertThat(wallets.balance(customer.id()).amount()).isEqualByComparingTo("0.10");
        assertThat(wallets.ledgerSum(customer.id()).amount()).isEqualByComparingTo("0.10");
    }

    @Test
    void theBrowserComingBackAloneCreditsNothing() {
        AccountView customer = customer();
        WebSession web = signedIn(customer);
        long paymentId = startTopUp(web, "50");
        TestStripe.server().stubFor(get(urlEqualTo("/v1/checkout/sessions/" + sessionId)).willReturn(okJson("""
                {"id": "%s", "object": "checkout.session", "payment_status": "unpaid", "status": "open"}"""
                .formatted(sessionId))));
        assertThat(web.get("/payments/" + paymentId + "?returned=true").body()).contains("Waiting for the payment");
        assertThat(wallets.balance(customer.id()).amount()).isEqualByComparingTo("0");
    }

    @Test
    void theJobAsksStripeAboutPaymentsWhoseWebhookNeverCame() {
        AccountView customer = customer();
        long paymentId = startTopUp(signedIn(customer), "7.50");
        TestStripe.server().stubFor(get(urlEqualTo("/v1/checkout/sessions/" + sessionId)).willReturn(okJson("""
                {"id": "%s", "object": "checkout.session", "payment_status": "paid", "status": "complete"}"""
                .formatted(sessionId))));
        gatewayTopUps.askAboutPendingPayments();
        assertThat(payments.findById(paymentId).orElseThrow().status()).as("too fresh to ask").isEqualTo(PaymentStatus.PENDING);
        clock.advance(java.time.Duration.ofMinutes(4));
        gatewayTopUps.askAboutPendingPayments();
        assertThat(payments.findById(paymentId).orElseThrow().status()).isEqualTo(PaymentStatus.PAID);
        assertThat(wallets.balance(customer.id()).amount()).isEqualByComparingTo("7.50");
    }

    @Test
    void aDiscountVoucherIsHeldByAPaymentReleasedWhenItExpiresAndUsedWhenPaid() {
        String code = "TENOFF" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        WebSession admin = signedIn(accounts.createVerified("voucher-admin-" + UUID.randomUUID().toString().substring(0, 6)
                + "@example.test", "Ad", "Min", "card payer secret", Role.ADMIN, "test"));
        admin.get("/admin/vouchers");
        admin.post("/admin/vouchers", Map.of("code", code, "type", "PAYMENT_DISCOUNT", "amount", "10", "maxUses", "1"));

        AccountView first = customer();
        WebSession firstWeb = signedIn(first);
        firstWeb.get("/wallet/top-up");
        assertThat(firstWeb.post("/wallet/top-up", Map.of("amount", "20", "method", "stripe", "voucher", code)).location())
                .endsWith("?checkout=true");
        TestStripe.server().verify(postRequestedFor(urlEqualTo("/v1/checkout/sessions"))
                .withRequestBody(containing("[unit_amount]=1800")));
        String firstSession = sessionId;

        AccountView second = customer();
        WebSession secondWeb = signedIn(second);
        secondWeb.get("/wallet/top-up");
        assertThat(secondWeb.post("/wallet/top-up", Map.of("amount", "20", "method", "stripe", "voucher", code)).body())
                .as("the hold counts against the one use").contains("This code cannot be used.");

        deliver(TestStripe.sessionEvent("checkout.session.expired", firstSession, "unpaid"));
        stripe();
        secondWeb.get("/wallet/top-up");
        assertThat(secondWeb.post("/wallet/top-up", Map.of("amount", "20", "method", "stripe", "voucher", code)).location())
                .as("released by the expiry").endsWith("?checkout=true");
        assertThat(payments.findByGatewayAndExternalId("stripe", sessionId).orElseThrow().userId()).isEqualTo(second.id());
        deliver(TestStripe.sessionEvent("checkout.session.completed", sessionId, "paid"));
        assertThat(wallets.balance(second.id()).amount()).isEqualByComparingTo("20");
        assertThat(wallets.balance(first.id()).amount()).isEqualByComparingTo("0");
        assertThat(admin.get("/admin/vouchers").body()).contains("1 / 1");
    }

    @Test
    void expiredAndFailedSessionsEndWithoutMoney() {
        AccountView customer = customer();
        long expired = startTopUp(signedIn(customer), "5");
        deliver(TestStripe.sessionEvent("checkout.session.expired", sessionId, "unpaid"));
        assertThat(payments.findById(expired).orElseThrow().status()).isEqualTo(PaymentStatus.EXPIRED);
        deliver(TestStripe.sessionEvent("checkout.session.completed", sessionId, "paid"));
        assertThat(wallets.balance(customer.id()).amount()).isEqualByComparingTo("0");

        stripe();
        long failed = startTopUp(signedIn(customer), "5");
        deliver(TestStripe.sessionEvent("checkout.session.async_payment_failed", sessionId, "unpaid"));
        assertThat(payments.findById(failed).orElseThrow().status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(deliver(TestStripe.sessionEvent("checkout.session.completed", "cs_unknown", "paid")).body()).isEqualTo("accepted");
    }

    @Test
    void paymentsStripeNeverSettlesTakeTurnsSoANewerOneIsStillAskedAbout() {
        AccountView customer = customer();
        String stuckPrefix = "cs_stuck_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10) + "_";
        TestStripe.server().stubFor(get(urlMatching("/v1/checkout/sessions/" + stuckPrefix + "\\d+")).willReturn(okJson("""
                {"object": "checkout.session", "payment_status": "unpaid", "status": "open"}""")));
        int stuck = GatewayTopUps.PENDING_BATCH + 20;
        for (int i = 0; i < stuck; i++) {
            pendingStripePayment(customer, stuckPrefix + i);
        }
        clock.advance(java.time.Duration.ofMinutes(1));
        String newerSession = stuckPrefix.replace("stuck", "newer");
        long newer = pendingStripePayment(customer, newerSession);
        TestStripe.server().stubFor(get(urlEqualTo("/v1/checkout/sessions/" + newerSession)).willReturn(okJson("""
                {"id": "%s", "object": "checkout.session", "payment_status": "paid", "status": "complete"}"""
                .formatted(newerSession))));
        clock.advance(java.time.Duration.ofMinutes(4));

        // Runs enough for every payment due to be asked about once (leftovers of other tests included), if they take turns.
        int due = payments.longestUnchecked(PaymentStatus.PENDING, clock.instant().minus(java.time.Duration.ofMinutes(3)),
                org.springframework.data.domain.Limit.unlimited()).size();
        int runs = (due + GatewayTopUps.PENDING_BATCH - 1) / GatewayTopUps.PENDING_BATCH;
        for (int run = 0; run < runs && payments.findById(newer).orElseThrow().status() == PaymentStatus.PENDING; run++) {
            gatewayTopUps.askAboutPendingPayments();
        }
        assertThat(payments.findById(newer).orElseThrow().status()).as("asked about despite %d stuck ones before it", stuck)
                .isEqualTo(PaymentStatus.PAID);
        assertThat(wallets.balance(customer.id()).amount()).isEqualByComparingTo("5");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM payment WHERE external_id LIKE ? AND checked_at > created_at",
                Integer.class, stuckPrefix + "%")).as("each stuck one was asked about too").isEqualTo(stuck);
        TestStripe.server().verify(com.github.tomakehurst.wiremock.client.WireMock.moreThanOrExactly(stuck),
                getRequestedFor(urlMatching("/v1/checkout/sessions/" + stuckPrefix + "\\d+")));
    }

    /** A Stripe payment as a checkout left it: pending, with its session, started now. */
    private long pendingStripePayment(AccountView customer, String session) {
        Payment payment = new Payment(customer.id(), "stripe", "PTC-T" + UUID.randomUUID().toString().replace("-", "")
                .substring(0, 16).toUpperCase(java.util.Locale.ROOT), io.pteroca.panel.support.TestMoney.usd("5"), clock.instant());
        payment.attach(session, null);
        return payments.saveAndFlush(payment).id();
    }
}
