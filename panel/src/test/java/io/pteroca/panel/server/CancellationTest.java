package io.pteroca.panel.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.order.Cancellations;
import io.pteroca.panel.order.PlanChangeSettings;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.TestPterodactyl;
import io.pteroca.panel.support.WebSession;
import io.pteroca.panel.wallet.Wallets;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The owner cancels: at the end of the paid period (deleted then, never chased for money), or now with a refund. */
class CancellationTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Wallets wallets;
    @Autowired
    GameServerRepository servers;
    @Autowired
    Lifecycle lifecycle;

    ServerFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ServerFixtures(context);
    }

    @AfterEach
    void noRefundsAgain() {
        settings.set(PlanChangeSettings.CANCEL_REFUND, "false");
    }

    void assertLedgerAddsUp(AccountView customer) {
        assertThat(wallets.ledgerSum(customer.id())).as("sum of the entries = balance").isEqualTo(wallets.balance(customer.id()));
        fixtures.assertMoneyAndServersConsistent();
    }

    @Test
    void cancelledForTheEndOfThePeriodItRunsUntilThenIsNotRenewedAndIsDeletedWithTheReasonKept() {
        ProductView product = fixtures.product("0", ServerFixtures.monthly("5"));
        AccountView customer = fixtures.customer("20");
        long serverId = fixtures.activeServer(customer, product, "Ending");
        WebSession owner = fixtures.signedIn(customer);
        owner.submit("/servers", "/servers/" + serverId + "/auto-renew", Map.of("on", "true"));
        assertThat(servers.findById(serverId).orElseThrow().autoRenew()).isTrue();

        WebSession.Page cancelled = owner.submit("/servers", "/servers/" + serverId + "/cancel", Map.of("when", "PERIOD_END", "reason",
                "Too expensive for our group"));
        assertThat(cancelled.redirectsTo("/servers/" + serverId)).isTrue();
        GameServer server = servers.findById(serverId).orElseThrow();
        assertThat(server.endsAtExpiry()).isTrue();
        assertThat(server.autoRenew()).as("nothing renews it any more").isFalse();
        assertThat(server.cancellationReason()).isEqualTo("Too expensive for our group");
        assertThat(owner.get("/servers/" + serverId).body()).contains("id=\"server-cancelled\"").contains("Keep my server");

        AccountView admin = context.getBean(Accounts.class).createVerified("cancel-admin-" + UUID.randomUUID().toString()
                .substring(0, 8) + "@example.test", "Ada", "Admin", ServerFixtures.PASSWORD, Role.ADMIN, "test");
        assertThat(fixtures.signedIn(admin).get("/admin/servers/" + serverId).body()).contains("Cancelled by the customer")
                .contains("Too expensive for our group");

        clock.advance(Duration.between(clock.instant(), server.expiresAt().plusSeconds(1)));
        lifecycle.runOnce();
        // The expiry pipeline hands the deletion to its workers at once, so it may already be done here.
        assertThat(fixtures.state(serverId)).as("deleted, not suspended for not paying").isIn(ServerState.DELETING, ServerState.DELETED);
        fixtures.workUntil(() -> fixtures.state(serverId) == ServerState.DELETED, "the cancelled server to be deleted");
        assertThat(wallets.balance(customer.id()).amount()).as("only the purchase was charged").isEqualByComparingTo("15");
        assertLedgerAddsUp(customer);
    }

    @Test
    void keepingTheServerTakesTheCancellationBack() {
        ProductView product = fixtures.product("0", ServerFixtures.monthly("5"));
        AccountView customer = fixtures.customer("20");
        long serverId = fixtures.activeServer(customer, product, "Kept");
        context.getBean(Cancellations.class).cancel(serverId, customer.id(), Cancellations.When.PERIOD_END, "");
        fixtures.signedIn(customer).submit("/servers", "/servers/" + serverId + "/cancel/keep", Map.of());
        GameServer server = servers.findById(serverId).orElseThrow();
        assertThat(server.endsAtExpiry()).isFalse();
        assertThat(server.cancellationReason()).isNull();

        clock.advance(Duration.between(clock.instant(), server.expiresAt().plusSeconds(1)));
        lifecycle.runOnce();
        assertThat(fixtures.state(serverId)).as("unpaid now, as any server").isIn(ServerState.EXPIRED, ServerState.SUSPENDED);
    }

    @Test
    void cancelledNowItIsDeletedAndTheUnusedTimeGoesBackWhenTheSettingAllowsIt() {
        settings.set(PlanChangeSettings.CANCEL_REFUND, "true");
        ProductView product = fixtures.product("0", ServerFixtures.monthly("6"));
        AccountView customer = fixtures.customer("10");
        long serverId = fixtures.activeServer(customer, product, "Ending now");
        Instant paidUntil = servers.findById(serverId).orElseThrow().expiresAt();
        Duration half = Duration.between(paidUntil.atOffset(ZoneOffset.UTC).minusMonths(1).toInstant(), paidUntil).dividedBy(2);
        clock.advance(Duration.between(clock.instant(), paidUntil.minus(half)));
        WebSession owner = fixtures.signedIn(customer);
        assertThat(owner.get("/servers/" + serverId + "/cancel").body()).contains("for the unused time goes back to your wallet");

        owner.submit("/servers", "/servers/" + serverId + "/cancel", Map.of("when", "NOW", "reason", ""));
        assertThat(fixtures.state(serverId)).as("being deleted, or already: the removal runs right after the commit").isIn(ServerState.DELETING, ServerState.DELETED);
        BigDecimal refunded = jdbc.queryForObject("select coalesce(sum(amount), 0) from wallet_entry where user_id = ? and "
                + "reason = 'CANCELLATION_REFUND'", BigDecimal.class, customer.id());
        assertThat(refunded).as("half of 6.00 less the seconds the test took").isBetween(new BigDecimal("2.99"),
                new BigDecimal("3.0000"));
        assertThat(wallets.balance(customer.id()).amount()).isEqualByComparingTo(new BigDecimal("4").add(refunded));
        fixtures.workUntil(() -> fixtures.state(serverId) == ServerState.DELETED, "the cancelled server to be deleted");
        long pterodactylId = servers.findById(serverId).orElseThrow().pterodactylServerId();
        synchronized (TestPterodactyl.emulator().state()) {
            assertThat(TestPterodactyl.emulator().state().servers).doesNotContainKey((long) pterodactylId);
        }
        assertLedgerAddsUp(customer);
    }

    @Test
    void cancelledNowWithoutRefundsNothingGoesBack() {
        ProductView product = fixtures.product("0", ServerFixtures.monthly("6"));
        AccountView customer = fixtures.customer("10");
        long serverId = fixtures.activeServer(customer, product, "Ending for nothing");
        context.getBean(Cancellations.class).cancel(serverId, customer.id(), Cancellations.When.NOW, "Moving elsewhere");
        assertThat(fixtures.state(serverId)).as("being deleted, or already: the removal runs right after the commit").isIn(ServerState.DELETING, ServerState.DELETED);
        assertThat(servers.findById(serverId).orElseThrow().cancellationReason()).isEqualTo("Moving elsewhere");
        assertThat(wallets.balance(customer.id()).amount()).isEqualByComparingTo("4");
        fixtures.workUntil(() -> fixtures.state(serverId) == ServerState.DELETED, "the cancelled server to be deleted");
        assertLedgerAddsUp(customer);
    }
}
