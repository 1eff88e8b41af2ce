package io.pteroca.panel.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.catalog.PeriodUnit;
import io.pteroca.panel.catalog.PriceKind;
import io.pteroca.panel.catalog.PriceTerms;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.order.Checkout;
import io.pteroca.panel.order.OrderForm;
import io.pteroca.panel.shared.Refusal;
import io.pteroca.panel.support.BackgroundWork;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.Race;
import io.pteroca.panel.support.TestMail;
import io.pteroca.panel.support.WebSession;
import io.pteroca.panel.wallet.Wallets;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Free prices and trials: a free server is bought and renewed without money moving; a trial is given once per customer
 * and per Pterodactyl user, even to parallel orders, and at its end turns into the paid price chosen with it or
 * expires like any unpaid server.
 */
class TrialsAndFreePlansTest extends IntegrationTest {

    private static final PriceTerms WEEK_TRIAL = new PriceTerms(PriceKind.TRIAL, 7, PeriodUnit.DAYS, BigDecimal.ZERO, null, null);

    @Autowired
    ApplicationContext context;
    @Autowired
    Checkout checkout;
    @Autowired
    Wallets wallets;
    @Autowired
    GameServerRepository servers;
    @Autowired
    Lifecycle lifecycle;
    @Autowired
    ServerWork work;

    private ServerFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ServerFixtures(context);
    }

    @AfterEach
    void consistent() {
        fixtures.assertMoneyAndServersConsistent();
    }

    private void pass(Duration time) {
        clock.advance(time);
        lifecycle.runOnce();
        work.runDue();
        BackgroundWork.awaitIdle();
    }

    private OrderForm trialOrder(ProductView product, String name, boolean autoRenew) {
        return new OrderForm(product.id(), product.prices().get(0).id(), product.definition().eggs().get(0).eggId(), name, null,
                autoRenew, Map.of(), null, UUID.randomUUID().toString(), null, product.prices().get(1).id());
    }

    private long activeTrial(AccountView customer, ProductView product, boolean autoRenew) {
        long id = checkout.purchase(customer.id(), trialOrder(product, "Trial SMP", autoRenew));
        fixtures.workUntil(() -> fixtures.state(id) == ServerState.ACTIVE, "the trial server to become ACTIVE");
        return id;
    }

    private int ledgerLines(AccountView customer) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM wallet_entry WHERE user_id = ?", Integer.class, customer.id());
    }

    private List<BigDecimal> orderTotals(long serverId) {
        return jdbc.queryForList("SELECT total FROM server_order WHERE server_id = ? ORDER BY id", BigDecimal.class, serverId);
    }

    @Test
    void aFreePlanIsShownAsFreeBoughtWithAnEmptyWalletAndRenewedForFree() throws Exception {
        ProductView product = fixtures.product("0", ServerFixtures.monthly("0"));
        AccountView customer = fixtures.customer("0");
        WebSession web = fixtures.signedIn(customer);
        assertThat(web.get("/store/products/" + product.id()).body()).contains("Free for 1 month");

        long id = checkout.purchase(customer.id(), new OrderForm(product.id(), product.prices().get(0).id(),
                product.definition().eggs().get(0).eggId(), "Free SMP", null, true, Map.of(), null, UUID.randomUUID().toString(),
                null));
        fixtures.workUntil(() -> fixtures.state(id) == ServerState.ACTIVE, "the free server to become ACTIVE");
        assertThat(web.get("/servers/" + id).body()).contains("Free, renewed every month");
        Instant firstExpiry = servers.findById(id).orElseThrow().expiresAt();

        pass(Duration.between(clock.instant(), firstExpiry.minus(Duration.ofMinutes(30))));
        assertThat(fixtures.state(id)).isEqualTo(ServerState.ACTIVE);
        assertThat(servers.findById(id).orElseThrow().expiresAt()).as("renewed for free").isAfter(firstExpiry);
        assertThat(orderTotals(id)).as("a purchase and a renewal, both of 0").hasSize(2)
                .allSatisfy(total -> assertThat(total).isEqualByComparingTo("0"));
        assertThat(ledgerLines(customer)).as("no money moved, so the ledger has no line").isZero();
        assertThat(wallets.balance(customer.id()).amount()).isEqualByComparingTo("0");
        MimeMessage renewed = null;
        for (MimeMessage message : TestMail.await(customer.email(), 1)) {
            if ("Renewed: Free SMP".equals(message.getSubject())) {
                renewed = message;
            }
        }
        assertThat(renewed).as("the renewal's e-mail").isNotNull();
        assertThat(TestMail.body(renewed)).as("a free renewal says so instead of a charge of 0.00")
                .contains("was renewed free of charge").doesNotContain("0.00").doesNotContain("charged to your wallet");
    }

    @Test
    void aFreePriceLimitedToOnceIsGivenOncePerCustomer() {
        ProductView product = fixtures.product("0", new PriceTerms(PriceKind.STATIC, 1, PeriodUnit.MONTHS, BigDecimal.ZERO,
                null, null, true));
        AccountView customer = fixtures.customer("0");
        fixtures.activeServer(customer, product, "First free");
        assertThatThrownBy(() -> checkout.purchase(customer.id(), fixtures.order(product, "Second free")))
                .isInstanceOfSatisfying(Refusal.class, refused -> assertThat(refused.messageKey()).isEqualTo("order.freeUsed"));
        assertThat(fixtures.activeServer(fixtures.customer("0"), product, "Someone else's")).as("another customer gets one").isPositive();
    }

    @Test
    void aTrialIsGivenOncePerCustomerAndOncePerPterodactylUser() {
        ProductView product = fixtures.product("0", WEEK_TRIAL, ServerFixtures.monthly("5"));
        AccountView first = fixtures.customer("0");
        WebSession web = fixtures.signedIn(first);
        assertThat(web.get("/store").body()).contains("7 days free trial");
        assertThat(web.get("/store/products/" + product.id()).body()).contains("Free trial for 7 days")
                .contains("then the paid plan you choose when ordering");
        assertThat(web.get("/store/products/" + product.id() + "/order").body()).contains("id=\"thenPriceId\"");

        long id = activeTrial(first, product, false);
        GameServer trial = servers.findById(id).orElseThrow();
        assertThat(trial.inTrial()).isTrue();
        assertThat(trial.expiresAt()).isAfter(clock.instant().plus(Duration.ofDays(6))).isBefore(clock.instant().plus(Duration.ofDays(8)));
        assertThat(trial.periodAmount(usd()).amount()).as("renews at the paid price chosen").isEqualByComparingTo("5");
        assertThat(web.get("/servers/" + id).body()).contains("Free trial until").contains("5.00 USD per month");

        assertThatThrownBy(() -> checkout.purchase(first.id(), trialOrder(product, "Again", false)))
                .isInstanceOfSatisfying(Refusal.class, refused -> assertThat(refused.messageKey()).isEqualTo("order.trialUsed"));

        // The same person under a new e-mail address: an admin linked the new account to the same Pterodactyl user.
        AccountView second = fixtures.customer("0");
        long pterodactylUser = jdbc.queryForObject("SELECT pterodactyl_user_id FROM pterodactyl_account WHERE user_id = ?",
                Long.class, first.id());
        long secondsOwn = jdbc.queryForObject("SELECT pterodactyl_user_id FROM pterodactyl_account WHERE user_id = ?",
                Long.class, second.id());
        jdbc.update("UPDATE pterodactyl_account SET pterodactyl_user_id = ? WHERE user_id = ?", -first.id(), first.id());
        jdbc.update("UPDATE pterodactyl_account SET pterodactyl_user_id = ? WHERE user_id = ?", pterodactylUser, second.id());
        try {
            assertThatThrownBy(() -> checkout.purchase(second.id(), trialOrder(product, "New address", false)))
                    .isInstanceOfSatisfying(Refusal.class, refused -> assertThat(refused.messageKey()).isEqualTo("order.trialUsed"));
        } finally {
            jdbc.update("UPDATE pterodactyl_account SET pterodactyl_user_id = ? WHERE user_id = ?", secondsOwn, second.id());
            jdbc.update("UPDATE pterodactyl_account SET pterodactyl_user_id = ? WHERE user_id = ?", pterodactylUser, first.id());
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM game_server WHERE product_id = ?", Integer.class, product.id()))
                .as("one trial server in all").isEqualTo(1);
    }

    /** Documented: a trial waives the setup fee, also for the customer's later orders of the product; both pages say so. */
    @Test
    void aTrialWaivesTheSetupFeeAlsoForLaterOrdersAndTheStoreAndProductFormSaySo() {
        ProductView product = fixtures.product("2", WEEK_TRIAL, ServerFixtures.monthly("5"));
        AccountView customer = fixtures.customer("5");
        WebSession web = fixtures.signedIn(customer);
        assertThat(web.get("/store/products/" + product.id()).body()).contains("A one-time setup fee of 2.00 USD")
                .contains("id=\"setup-fee-trial\"").contains("No setup fee when you start with the free trial");
        AccountView admin = context.getBean(io.pteroca.panel.account.Accounts.class).createVerified(
                "trial-fee-" + UUID.randomUUID().toString().substring(0, 6) + "@example.test", "Ad", "Min",
                ServerFixtures.PASSWORD, io.pteroca.panel.account.Role.ADMIN, "test");
        assertThat(fixtures.signedIn(admin).get("/admin/catalog/products/" + product.id()).body())
                .contains("Not charged with a free trial");

        activeTrial(customer, product, false);
        assertThat(wallets.balance(customer.id()).amount()).as("the trial costs nothing").isEqualByComparingTo("5");
        long paid = checkout.purchase(customer.id(), new OrderForm(product.id(), product.prices().get(1).id(),
                product.definition().eggs().get(0).eggId(), "Paid SMP", null, false, Map.of(), null, UUID.randomUUID().toString(),
                null));
        assertThat(wallets.balance(customer.id()).amount()).as("one period, no setup fee after the trial").isEqualByComparingTo("0");
        fixtures.workUntil(() -> fixtures.state(paid) == ServerState.ACTIVE, "the paid server to become ACTIVE");
    }

    @Test
    void parallelTrialOrdersOfOneCustomerGiveOneTrial() throws InterruptedException {
        ProductView product = fixtures.product("0", WEEK_TRIAL, ServerFixtures.monthly("5"));
        AccountView customer = fixtures.customer("0");

        List<Object> outcomes = Race.of(4, () -> checkout.purchase(customer.id(), trialOrder(product, "Racer", false)));

        assertThat(outcomes.stream().filter(Long.class::isInstance)).as(outcomes.toString()).hasSize(1);
        assertThat(outcomes.stream().filter(outcome -> !(outcome instanceof Long)))
                .allSatisfy(outcome -> assertThat(outcome).isInstanceOfSatisfying(Refusal.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("order.trialUsed")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM game_server WHERE product_id = ?", Integer.class, product.id()))
                .isEqualTo(1);
        long id = (Long) outcomes.stream().filter(Long.class::isInstance).findFirst().orElseThrow();
        fixtures.workUntil(() -> fixtures.state(id) == ServerState.ACTIVE, "the trial server to become ACTIVE");
    }

    @Test
    void aTrialTurnsIntoThePaidPriceAtItsEndAndStaysActive() {
        ProductView product = fixtures.product("0", WEEK_TRIAL, ServerFixtures.monthly("5"));
        AccountView customer = fixtures.customer("5");
        long id = activeTrial(customer, product, true);
        assertThat(wallets.balance(customer.id()).amount()).as("the trial costs nothing").isEqualByComparingTo("5");
        Instant trialEnds = servers.findById(id).orElseThrow().expiresAt();

        pass(Duration.between(clock.instant(), trialEnds.minus(Duration.ofMinutes(30))));

        GameServer converted = servers.findById(id).orElseThrow();
        assertThat(fixtures.state(id)).isEqualTo(ServerState.ACTIVE);
        assertThat(converted.inTrial()).isFalse();
        assertThat(converted.expiresAt()).as("a month after the trial").isEqualTo(
                trialEnds.atOffset(ZoneOffset.UTC).plusMonths(1).toInstant());
        assertThat(wallets.balance(customer.id()).amount()).isEqualByComparingTo("0");
        assertThat(orderTotals(id)).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(BigDecimal.ZERO, new BigDecimal("5"));
        pass(Duration.ofHours(2));
        assertThat(fixtures.state(id)).as("still running after the trial's end").isEqualTo(ServerState.ACTIVE);
    }

    @Test
    void aTrialExpiresWhenTheCustomerChoseNotToContinueOrTheWalletIsShort() {
        ProductView product = fixtures.product("0", WEEK_TRIAL, ServerFixtures.monthly("5"));
        AccountView declined = fixtures.customer("5");
        AccountView shortOfMoney = fixtures.customer("4");
        long notContinued = activeTrial(declined, product, false);
        long unpaid = activeTrial(shortOfMoney, product, true);
        Instant trialEnds = servers.findById(unpaid).orElseThrow().expiresAt();

        pass(Duration.between(clock.instant(), trialEnds.plus(Duration.ofMinutes(5))));

        for (long id : List.of(notContinued, unpaid)) {
            GameServer server = servers.findById(id).orElseThrow();
            assertThat(server.state()).isEqualTo(ServerState.SUSPENDED);
            assertThat(server.suspensionCause()).isEqualTo(SuspensionCause.UNPAID);
            assertThat(orderTotals(id)).hasSize(1);
        }
        assertThat(wallets.balance(declined.id()).amount()).as("nothing taken without consent").isEqualByComparingTo("5");
        assertThat(wallets.balance(shortOfMoney.id()).amount()).isEqualByComparingTo("4");
    }

    private static java.util.Currency usd() {
        return java.util.Currency.getInstance("USD");
    }
}
