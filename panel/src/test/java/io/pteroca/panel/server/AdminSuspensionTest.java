package io.pteroca.panel.server;

import static io.pteroca.panel.support.TestMoney.usd;
import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.emulator.http.FaultInjector;
import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.TestMail;
import io.pteroca.panel.support.TestPterodactyl;
import io.pteroca.panel.support.WebSession;
import io.pteroca.panel.wallet.Wallets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A suspension has a cause: an admin's suspension is explained with the admin's reason, cannot be bought back by
 * renewing, and is never deleted by the unpaid-server clock; Pterodactyl lagging behind shows as pending.
 */
class AdminSuspensionTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Lifecycle lifecycle;
    @Autowired
    ServerWork work;
    @Autowired
    Wallets wallets;
    @Autowired
    GameServerRepository servers;

    private ServerFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ServerFixtures(context);
    }

    @AfterEach
    void defaults() {
        settings.setAll(Map.of(ServerSettings.DELETE_AFTER_DAYS, "7", ServerSettings.DELETE_WARNING_DAYS, "2"));
        fixtures.assertMoneyAndServersConsistent();
    }

    private WebSession admin() {
        AccountView admin = context.getBean(Accounts.class).createVerified(
                "suspender-" + UUID.randomUUID().toString().substring(0, 6) + "@example.test", "Ad", "Min",
                ServerFixtures.PASSWORD, Role.ADMIN, "test");
        return fixtures.signedIn(admin);
    }

    private boolean suspendedInPterodactyl(long serverId) {
        synchronized (TestPterodactyl.emulator().state()) {
            return fixtures.inPterodactyl(serverId).suspended();
        }
    }

    @Test
    void theServersListFilteredByAStateShowsThatStateNewestFirst() {
        ProductView product = fixtures.product("0", ServerFixtures.monthly("5"));
        AccountView customer = fixtures.customer("20");
        long older = fixtures.activeServer(customer, product, "Older");
        long newer = fixtures.activeServer(customer, product, "Newer");

        var page = context.getBean(Servers.class).all(ServerState.ACTIVE, org.springframework.data.domain.PageRequest.of(0, 50));

        assertThat(page.getContent()).extracting(ServerView::state).containsOnly(ServerState.ACTIVE);
        assertThat(page.getContent()).extracting(ServerView::id).isSortedAccordingTo(java.util.Comparator.reverseOrder())
                .contains(newer, older);
    }

    @Test
    void aCustomerCannotBuyBackAnAdminSuspension() {
        ProductView product = fixtures.product("0", ServerFixtures.monthly("5"));
        AccountView customer = fixtures.customer("20");
        long id = fixtures.activeServer(customer, product, "Paid ahead");
        WebSession customerWeb = fixtures.signedIn(customer);
        customerWeb.get("/servers/" + id);
        customerWeb.post("/servers/" + id + "/renew", Map.of("key", "renew-ahead-" + id));
        assertThat(wallets.balance(customer.id()).amount()).isEqualByComparingTo("10");

        WebSession adminWeb = admin();
        adminWeb.get("/admin/servers/" + id);
        adminWeb.post("/admin/servers/" + id + "/suspend", Map.of("reason", "Abuse report <b>#12</b>: a DDoS tool was running."));
        assertThat(fixtures.state(id)).isEqualTo(ServerState.SUSPENDED);
        fixtures.workUntil(() -> suspendedInPterodactyl(id), "Pterodactyl to suspend");

        String page = customerWeb.get("/servers/" + id).body();
        assertThat(page).contains("id=\"server-suspended-by-admin\"")
                .contains("Abuse report &lt;b&gt;#12&lt;/b&gt;: a DDoS tool was running.")
                .doesNotContain("because it is not paid").doesNotContain("id=\"renew-form\"");
        assertThat(TestMail.await(customer.email(), 4)).anyMatch(message -> TestMail.body(message).contains("a DDoS tool was running")
                && !TestMail.body(message).contains("not paid"));

        WebSession.Page refused = customerWeb.post("/servers/" + id + "/renew", Map.of("key", "renew-back-" + id));
        assertThat(refused.header("Location")).endsWith("/servers/" + id);
        assertThat(customerWeb.get("/servers/" + id).body()).contains("until they lift the suspension");
        assertThat(fixtures.state(id)).isEqualTo(ServerState.SUSPENDED);
        assertThat(wallets.balance(customer.id()).amount()).as("nothing charged").isEqualByComparingTo("10");
        assertThat(suspendedInPterodactyl(id)).isTrue();

        adminWeb.get("/admin/servers/" + id);
        adminWeb.post("/admin/servers/" + id + "/unsuspend", Map.of());
        assertThat(fixtures.state(id)).isEqualTo(ServerState.ACTIVE);
        fixtures.workUntil(() -> !suspendedInPterodactyl(id), "Pterodactyl to unsuspend");
    }

    @Test
    void anAdminSuspensionNeedsAReasonAndIsNeverDeletedByTheUnpaidClock() {
        settings.setAll(Map.of(ServerSettings.DELETE_AFTER_DAYS, "1", ServerSettings.DELETE_WARNING_DAYS, "0"));
        ProductView product = fixtures.product("0", ServerFixtures.monthly("1"));
        AccountView customer = fixtures.customer("1");
        long id = fixtures.activeServer(customer, product, "Under review");
        WebSession adminWeb = admin();
        adminWeb.get("/admin/servers/" + id);
        adminWeb.post("/admin/servers/" + id + "/suspend", Map.of("reason", "  "));
        assertThat(fixtures.state(id)).as("no reason, no suspension").isEqualTo(ServerState.ACTIVE);
        assertThat(adminWeb.get("/admin/servers/" + id).body()).contains("Give a reason the customer can read");

        adminWeb.post("/admin/servers/" + id + "/suspend", Map.of("reason", "Under review"));
        clock.advance(Duration.ofDays(60));
        lifecycle.runOnce();
        work.runDue();
        assertThat(fixtures.state(id)).as("an admin's suspension waits for the admin").isEqualTo(ServerState.SUSPENDED);
        assertThat(servers.findById(id).orElseThrow().suspensionCause()).isEqualTo(SuspensionCause.ADMIN);
    }

    @Test
    void anAdminTakesOverAnUnpaidSuspensionSoPayingNoLongerLiftsIt() {
        ProductView product = fixtures.product("0", ServerFixtures.monthly("2"));
        AccountView customer = fixtures.customer("2");
        long id = fixtures.activeServer(customer, product, "Late payer");
        clock.advance(Duration.ofDays(32));
        lifecycle.runOnce();
        assertThat(servers.findById(id).orElseThrow().suspensionCause()).isEqualTo(SuspensionCause.UNPAID);
        WebSession customerWeb = fixtures.signedIn(customer);
        assertThat(customerWeb.get("/servers/" + id).body()).contains("because it is not paid").contains("id=\"renew-form\"");

        WebSession adminWeb = admin();
        adminWeb.get("/admin/servers/" + id);
        adminWeb.post("/admin/servers/" + id + "/suspend", Map.of("reason", "Chargeback on the last payment"));
        assertThat(servers.findById(id).orElseThrow().suspensionCause()).isEqualTo(SuspensionCause.ADMIN);
        wallets.credit(customer.id(), usd("5"), io.pteroca.panel.wallet.WalletReason.ADMIN_CREDIT,
                io.pteroca.panel.wallet.WalletReference.none(), "test", null);
        customerWeb.get("/servers/" + id);
        customerWeb.post("/servers/" + id + "/renew", Map.of("key", "renew-late-" + id));
        assertThat(fixtures.state(id)).isEqualTo(ServerState.SUSPENDED);
        assertThat(wallets.balance(customer.id()).amount()).isEqualByComparingTo("5");
    }

    @Test
    void aSuspensionPterodactylRefusedShowsAsPendingAndASuspendedServerIsNotRunning() {
        ProductView product = fixtures.product("0", ServerFixtures.monthly("1"));
        AccountView customer = fixtures.customer("1");
        long id = fixtures.activeServer(customer, product, "Sync lag");
        fixtures.acceptEulaInPterodactyl(id);
        WebSession customerWeb = fixtures.signedIn(customer);
        customerWeb.get("/servers/" + id);
        customerWeb.post("/servers/" + id + "/power", Map.of("signal", "start"));
        assertThat(customerWeb.get("/servers/" + id).body()).contains("id=\"server-power\"");

        TestPterodactyl.emulator().faults().add(new FaultInjector.Fault("POST", "/api/application/servers/\\d+/suspend", 500, 0, false, 100));
        try {
            WebSession adminWeb = admin();
            adminWeb.get("/admin/servers/" + id);
            adminWeb.post("/admin/servers/" + id + "/suspend", Map.of("reason", "Maintenance of the node"));
            work.runDue();
            assertThat(adminWeb.get("/admin/servers/" + id).body()).contains("id=\"admin-suspension-pending\"");
            assertThat(customerWeb.get("/servers/" + id).body()).doesNotContain("id=\"server-power\"");
            assertThat(customerWeb.get("/servers").body()).doesNotContain("server-power");
        } finally {
            TestPterodactyl.emulator().faults().clear();
        }
        fixtures.workUntil(() -> suspendedInPterodactyl(id), "the suspension to get through");
        assertThat(admin().get("/admin/servers/" + id).body()).doesNotContain("id=\"admin-suspension-pending\"");
    }
}
