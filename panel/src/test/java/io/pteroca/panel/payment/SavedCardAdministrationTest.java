package io.pteroca.panel.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.shared.work.DurableWorkRunner;
import io.pteroca.panel.support.BackgroundWork;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.StaffAccounts;
import io.pteroca.panel.support.TestStripe;
import io.pteroca.panel.support.WebSession;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Saved cards beyond their owner: an account's closure detaches every card at Stripe (durably, retried while Stripe
 * fails, never blocking the closure), and staff who may see payments see a customer's cards, those who may change
 * payments remove one (Stripe forgets it first; audited).
 */
class SavedCardAdministrationTest extends IntegrationTest {

    private static final String PASSWORD = "saved card admin secret";

    @Autowired
    ApplicationContext context;
    @Autowired
    Accounts accounts;
    @Autowired
    SavedCardRepository savedCards;
    @Autowired
    CardDetachmentRepository detachments;
    @Autowired
    StripeCustomerRepository stripeCustomers;

    private String suffix;
    private String customerId;

    @BeforeEach
    void stripe() {
        settings.setAll(Map.of(StripeSettings.ENABLED, "true", StripeSettings.SECRET_KEY, "sk_test_panel",
                StripeSettings.WEBHOOK_SECRET, TestStripe.WEBHOOK_SECRET));
        suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        customerId = "cus_" + suffix;
        TestStripe.server().resetAll();
    }

    @AfterEach
    void off() {
        settings.set(StripeSettings.ENABLED, "false");
    }

    @Test
    void closingAnAccountDetachesItsCardsAtStripeAndRetriesTheOnesStripeRefusedUntilItAgrees() {
        AccountView customer = customer();
        long visa = savedCard(customer, "4242");
        savedCard(customer, "4444");
        chooseForRenewal(customer, visa);
        detachAnswers("4242", 200);
        detachAnswers("4444", 400);

        WebSession admin = staff("ADMINISTRATOR");
        admin.get("/admin/users/" + customer.id());
        assertThat(admin.post("/admin/users/" + customer.id() + "/delete", Map.of()).status()).isEqualTo(302);
        assertThat(accounts.find(customer.id()).orElseThrow().deleted()).as("closed, whatever Stripe says").isTrue();
        assertThat(savedCards.findByUserIdOrderById(customer.id())).as("gone from the account at once").isEmpty();
        assertThat(stripeCustomers.findById(customer.id()).orElseThrow().renewalCardId()).isNull();
        BackgroundWork.awaitIdle();

        TestStripe.server().verify(1, postRequestedFor(urlEqualTo(detachPath("4242"))));
        TestStripe.server().verify(1, postRequestedFor(urlEqualTo(detachPath("4444"))));
        assertThat(detachments.findAll()).as("only the card Stripe refused is still to detach")
                .filteredOn(d -> d.userId() == customer.id()).extracting(CardDetachment::paymentMethod)
                .containsExactly(paymentMethod("4444"));

        DurableWorkRunner work = context.getBean(DurableWorkRunner.class);
        CardDetachments kind = context.getBean(CardDetachments.class);
        detachAnswers("4444", 200);
        work.sweep(kind);
        TestStripe.server().verify(1, postRequestedFor(urlEqualTo(detachPath("4444"))));
        clock.advance(Duration.ofMinutes(2));
        work.sweep(kind);
        TestStripe.server().verify(2, postRequestedFor(urlEqualTo(detachPath("4444"))));
        assertThat(detachments.findAll()).filteredOn(d -> d.userId() == customer.id()).isEmpty();

        // A card the customer finished saving at Stripe just as the account closed: detached, never kept.
        String late = paymentMethod("5556");
        TestStripe.server().stubFor(get(urlEqualTo("/v1/payment_methods/" + late))
                .willReturn(okJson(TestStripe.cardPaymentMethod(late, customerId, "visa", "5556"))));
        detachAnswers("5556", 200);
        String saved = TestStripe.event("setup_intent.succeeded", """
                {"id": "seti_%s", "object": "setup_intent", "status": "succeeded", "customer": "%s", "payment_method": "%s"}"""
                .formatted(suffix, customerId, late));
        assertThat(browser().postJson("/payments/stripe/webhook", saved, Map.of("Stripe-Signature", TestStripe.signature(saved)))
                .status()).isEqualTo(200);
        BackgroundWork.awaitIdle();
        assertThat(savedCards.findByPaymentMethod(late)).isEmpty();
        TestStripe.server().verify(1, postRequestedFor(urlEqualTo(detachPath("5556"))));
        assertThat(detachments.findAll()).filteredOn(d -> d.userId() == customer.id()).isEmpty();
    }

    @Test
    void staffWhoMaySeePaymentsSeeTheCardsAndThoseWhoMayChangePaymentsRemoveOne() {
        AccountView customer = customer();
        long visa = savedCard(customer, "4242");
        long other = savedCard(customer, "4444");
        chooseForRenewal(customer, visa);
        String page = "/admin/users/" + customer.id();

        WebSession support = staff("SUPPORT");
        assertThat(support.get(page).body()).as("Support handles no money").doesNotContain("id=\"user-cards\"")
                .doesNotContain("•••• 4242");
        assertThat(support.post("/admin/payments/cards/" + visa + "/remove", Map.of()).status()).isEqualTo(403);

        WebSession accountant = staff("ACCOUNTANT");
        String added = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC).format(clock.instant());
        assertThat(accountant.get(page).body()).contains("id=\"user-cards\"").contains("Saved cards").contains("Visa")
                .contains("•••• 4242").contains("•••• 4444").contains("04/2031").contains("Pays auto-renewal").contains(added)
                .as("only what Stripe shows, no Stripe ids").doesNotContain(paymentMethod("4242")).doesNotContain(customerId);

        detachAnswers("4242", 400);
        WebSession.Page refused = accountant.post("/admin/payments/cards/" + visa + "/remove", Map.of());
        assertThat(refused.location()).endsWith(page);
        assertThat(accountant.get(page).body()).contains("could not be removed at Stripe").contains("•••• 4242");
        assertThat(savedCards.findById(visa)).isPresent();

        detachAnswers("4242", 200);
        assertThat(accountant.post("/admin/payments/cards/" + visa + "/remove", Map.of()).location()).endsWith(page);
        String after = accountant.get(page).body();
        assertThat(after).contains("The card was removed.");
        assertThat(org.jsoup.Jsoup.parse(after).getElementById("user-cards").text()).doesNotContain("•••• 4242")
                .contains("•••• 4444");
        TestStripe.server().verify(2, postRequestedFor(urlEqualTo(detachPath("4242"))));
        assertThat(savedCards.findById(visa)).isEmpty();
        assertThat(savedCards.findById(other)).isPresent();
        assertThat(stripeCustomers.findById(customer.id()).orElseThrow().renewalCardId()).as("auto-renewal charges it no more")
                .isNull();
        assertThat(jdbc.queryForList("SELECT details FROM audit_log WHERE action = 'admin_removed_card' AND subject_id = ?",
                String.class, customer.id())).containsExactly("Visa •••• 4242 04/2031");
        assertThat(accountant.post("/admin/payments/cards/" + visa + "/remove", Map.of()).status()).as("removed already")
                .isEqualTo(404);
    }

    private AccountView customer() {
        return accounts.createVerified("carded-" + suffix + "@example.test", "Cora", "Card", PASSWORD, Role.USER, "test");
    }

    private WebSession staff(String role) {
        AccountView member = StaffAccounts.withBuiltInRole(accounts, jdbc, role);
        WebSession web = browser();
        web.signIn(member.email(), StaffAccounts.PASSWORD);
        web.get("/account");
        return web;
    }

    /** A card as Stripe saved it for the customer (a Visa expiring 04/2031). */
    private long savedCard(AccountView customer, String last4) {
        if (stripeCustomers.findById(customer.id()).isEmpty()) {
            stripeCustomers.saveAndFlush(new StripeCustomer(customer.id(), customerId, clock.instant()));
        }
        return savedCards.saveAndFlush(new SavedCard(customer.id(), new StripeCards.Card(paymentMethod(last4), customerId,
                "visa", last4, 4, 2031), clock.instant())).id();
    }

    private void chooseForRenewal(AccountView customer, long cardId) {
        context.getBean(SavedCards.class).chooseForRenewal(customer.id(), cardId);
    }

    private String paymentMethod(String last4) {
        return "pm_" + suffix + "_" + last4;
    }

    private String detachPath(String last4) {
        return "/v1/payment_methods/" + paymentMethod(last4) + "/detach";
    }

    /** How Stripe answers detaching the card: 200 forgets it, 400 refuses. */
    private void detachAnswers(String last4, int status) {
        String body = status == 200
                ? "{\"id\": \"%s\", \"object\": \"payment_method\", \"type\": \"card\", \"customer\": null}".formatted(paymentMethod(last4))
                : "{\"error\": {\"type\": \"invalid_request_error\", \"code\": \"parameter_invalid\", \"message\": \"No.\"}}";
        TestStripe.server().stubFor(post(urlEqualTo(detachPath(last4))).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }
}
