package io.pteroca.panel.server;

import static io.pteroca.panel.support.TestMoney.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pteroca.panel.order.Checkout;
import io.pteroca.panel.order.OrderForm;
import io.pteroca.panel.order.OrderTestAccess;
import io.pteroca.panel.order.Renewals;
import io.pteroca.emulator.PterodactylEmulator;
import io.pteroca.emulator.http.FaultInjector;
import io.pteroca.emulator.state.EmulatorSettings;
import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.pterodactyl.PterodactylInventory;
import io.pteroca.panel.support.BackgroundWork;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.TestMail;
import io.pteroca.panel.support.TestPterodactyl;
import io.pteroca.panel.support.WebSession;
import io.pteroca.panel.wallet.WalletReason;
import io.pteroca.panel.wallet.WalletReference;
import io.pteroca.panel.wallet.Wallets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Keeping a server: renewals charge before unsuspending, expiry suspends, unpaid servers are deleted, on demand pays hourly. */
class LifecycleTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Checkout checkout;
    @Autowired
    Renewals renewals;
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
        settings.setAll(Map.of(ServerSettings.GRACE_HOURS, "0", ServerSettings.DELETE_AFTER_DAYS, "7",
                ServerSettings.REMINDER_HOURS, "72,24"));
    }

    private long activeServer(AccountView customer, ProductView product) {
        return fixtures.activeServer(customer, product, "Keeper " + UUID.randomUUID().toString().substring(0, 4));
    }

    /** Whether Pterodactyl has the server suspended, once the panel's background sync is done. */
    private boolean suspendedInPterodactyl(long serverId) {
        BackgroundWork.awaitIdle();
        long pterodactylId = servers.findById(serverId).orElseThrow().pterodactylServerId();
        synchronized (TestPterodactyl.emulator().state()) {
            return TestPterodactyl.emulator().state().servers.get(pterodactylId).suspended();
        }
    }

    /** Time passes, the jobs run, and the background work they started ends. */
    private void pass(Duration time) {
        clock.advance(time);
        lifecycle.runOnce();
        work.runDue();
        BackgroundWork.awaitIdle();
    }

    /**
     * The whole journey on both panels the provider may run: bought, placed (on Pelican by node tag), managed, suspended
     * for not paying and deleted. The panel is pointed at the flavour's emulator; nothing else changes.
     */
    @ParameterizedTest(name = "on {0}")
    @EnumSource(EmulatorSettings.Flavor.class)
    void anUnpaidServerIsManagedRemindedSuspendedAfterGraceWarnedAndDeleted(EmulatorSettings.Flavor flavor) {
        PterodactylEmulator panel = TestPterodactyl.use(flavor);
        pterodactylSettings.configure(panel.baseUrl(), panel.applicationKey());
        assertThat(context.getBean(PterodactylInventory.class).pelican()).as("the dialect detected")
                .isEqualTo(flavor == EmulatorSettings.Flavor.PELICAN);
        settings.setAll(Map.of(ServerSettings.GRACE_HOURS, "24", ServerSettings.DELETE_AFTER_DAYS, "7",
                ServerSettings.DELETE_WARNING_DAYS, "2"));
        ProductView product = fixtures.productPlacedFor(flavor, ServerFixtures.monthly("5"));
        AccountView customer = fixtures.customer("5");
        // The counters are the whole run's: other tests may have read a node's ports on this emulator before.
        Map<String, Integer> before = panel.counters().snapshot();
        long id = activeServer(customer, product);
        assertThat(fixtures.inPterodactyl(id).nodeId).as("placed on the emulator's node").isEqualTo(1);
        boolean portLookedUp = panel.counters().snapshot().entrySet().stream()
                .filter(call -> call.getValue() > before.getOrDefault(call.getKey(), 0)).map(Map.Entry::getKey)
                .anyMatch(call -> call.startsWith("GET ") && call.contains("/nodes/") && call.endsWith("/allocations"));
        assertThat(portLookedUp).as("Pelican places by tag itself; on Pterodactyl the panel picks the node's free port")
                .isEqualTo(flavor == EmulatorSettings.Flavor.PTERODACTYL);
        manage(customer, id);
        Instant expiry = servers.findById(id).orElseThrow().expiresAt();

        clock.advance(Duration.between(clock.instant(), expiry.minus(Duration.ofHours(70))));
        lifecycle.runOnce();
        lifecycle.runOnce();
        assertThat(TestMail.await(customer.email(), 3)).filteredOn(m -> TestMail.body(m).contains("is paid until")).hasSize(1);
        pass(Duration.ofHours(50));
        assertThat(TestMail.await(customer.email(), 4)).filteredOn(m -> TestMail.body(m).contains("is paid until")).hasSize(2);

        pass(Duration.ofHours(21));
        assertThat(fixtures.state(id)).as("inside the grace period").isEqualTo(ServerState.EXPIRED);
        assertThat(suspendedInPterodactyl(id)).isFalse();
        pass(Duration.ofHours(24));
        assertThat(fixtures.state(id)).isEqualTo(ServerState.SUSPENDED);
        assertThat(suspendedInPterodactyl(id)).as("Pterodactyl to suspend the server").isTrue();

        pass(Duration.ofDays(5).plusMinutes(1));
        assertThat(TestMail.await(customer.email(), 6)).anyMatch(m -> TestMail.body(m).contains("will be deleted on"));
        pass(Duration.ofDays(2));
        fixtures.workUntil(() -> fixtures.state(id) == ServerState.DELETED, "the unpaid server to be deleted");
        long pterodactylId = servers.findById(id).orElseThrow().pterodactylServerId();
        synchronized (TestPterodactyl.emulator().state()) {
            assertThat(TestPterodactyl.emulator().state().servers).doesNotContainKey(pterodactylId);
        }
        assertThat(wallets.balance(customer.id()).amount()).as("nothing was charged without money").isEqualByComparingTo("0");
        fixtures.assertMoneyAndServersConsistent();
    }

    /** The owner starts the server and uses two tabs, as on either panel. */
    private void manage(AccountView customer, long id) {
        WebSession web = fixtures.signedIn(customer);
        web.get("/servers/" + id);
        web.post("/servers/" + id + "/power", Map.of("signal", "start"));
        io.pteroca.emulator.state.Server inPanel = fixtures.inPterodactyl(id);
        synchronized (TestPterodactyl.emulator().state()) {
            assertThat(TestPterodactyl.emulator().wings().powerState(inPanel)).as("the start reached Wings")
                    .isIn("starting", "running");
        }
        assertThat(web.get("/servers/" + id + "/backups").body()).contains("0 of 1 backups").contains("id=\"backup-form\"");
        web.get("/servers/" + id + "/databases");
        web.post("/servers/" + id + "/databases", Map.of("name", "main", "remote", "%"));
        assertThat(web.get("/servers/" + id + "/databases").body()).contains("_main");
    }

    @Test
    void aRenewalIsChargedBeforeTheServerIsUnsuspendedAndCountsFromNow() {
        ProductView product = fixtures.product("0", ServerFixtures.monthly("5"));
        AccountView customer = fixtures.customer("5");
        long id = activeServer(customer, product);
        pass(Duration.ofDays(32));
        assertThat(fixtures.state(id)).isEqualTo(ServerState.SUSPENDED);
        assertThat(suspendedInPterodactyl(id)).as("Pterodactyl to suspend the server").isTrue();

        assertThatThrownBy(() -> renewals.renew(id, customer.id(), "renew-broke-" + id)).hasMessage("order.notEnoughBalance");
        assertThat(fixtures.state(id)).isEqualTo(ServerState.SUSPENDED);
        assertThat(suspendedInPterodactyl(id)).as("Pterodactyl to suspend the server").isTrue();

        wallets.credit(customer.id(), usd("5"), WalletReason.ADMIN_CREDIT, WalletReference.of("test", UUID.randomUUID()),
                "top up", null);
        TestPterodactyl.emulator().faults().add(new FaultInjector.Fault("POST", "/api/application/servers/\\d+/unsuspend", 503, 0, false, 10));
        WebSession web = browser();
        web.signIn(customer.email(), ServerFixtures.PASSWORD);
        String page = web.get("/servers/" + id).body();
        String key = page.replaceAll("(?s).*name=\"key\" value=\"([^\"]+)\".*", "$1");
        assertThat(web.post("/servers/" + id + "/renew", Map.of("key", key)).status()).isEqualTo(302);
        assertThat(web.post("/servers/" + id + "/renew", Map.of("key", key)).status()).as("a double click").isEqualTo(302);
        assertThat(wallets.balance(customer.id()).amount()).isEqualByComparingTo("0");
        assertThat(fixtures.state(id)).isEqualTo(ServerState.ACTIVE);
        GameServer renewed = servers.findById(id).orElseThrow();
        assertThat(renewed.expiresAt()).isAfter(clock.instant().plus(Duration.ofDays(27)));
        assertThat(suspendedInPterodactyl(id)).as("Pterodactyl is down: still suspended, the sync repeats").isTrue();
        BackgroundWork.awaitIdle();
        assertThat(servers.findById(id).orElseThrow().nextAttemptAt()).as("the failed unsuspend scheduled again")
                .isNotNull().isBefore(clock.instant().plusSeconds(45));

        TestPterodactyl.emulator().faults().clear();
        work.runDue();
        assertThat(suspendedInPterodactyl(id)).as("a failed sync waits out its back-off").isTrue();
        clock.advance(Duration.ofSeconds(31));
        work.runDue();
        assertThat(suspendedInPterodactyl(id)).as("Pterodactyl to unsuspend the server").isFalse();
        fixtures.assertMoneyAndServersConsistent();
    }

    @Test
    void autoRenewChargesAheadOfExpiryAndOnDemandPaysEachHourUntilTheWalletIsEmpty() {
        ProductView monthly = fixtures.product("0", ServerFixtures.monthly("3"));
        ProductView hourly = fixtures.product("0", ServerFixtures.hourly("0.0041"));
        AccountView customer = fixtures.customer("3.0100");
        long auto = activeServer(customer, monthly);
        context.getBean(ServerPreferences.class).autoRenew(auto, customer.id(), true);
        long onDemand = activeServer(customer, hourly);
        assertThat(wallets.balance(customer.id()).amount()).isEqualByComparingTo("0.0059");
        Instant firstHourEnds = servers.findById(onDemand).orElseThrow().expiresAt();
        assertThat(firstHourEnds).isAfter(clock.instant().plus(Duration.ofMinutes(59)));

        pass(Duration.ofMinutes(61));
        assertThat(wallets.balance(customer.id()).amount()).as("the second hour, in advance").isEqualByComparingTo("0.0018");
        assertThat(fixtures.state(onDemand)).isEqualTo(ServerState.ACTIVE);
        pass(Duration.ofMinutes(60));
        assertThat(fixtures.state(onDemand)).as("the wallet cannot pay the third hour").isEqualTo(ServerState.SUSPENDED);
        assertThat(suspendedInPterodactyl(onDemand)).as("Pterodactyl to suspend the server").isTrue();

        wallets.credit(customer.id(), usd("3.0023"), WalletReason.ADMIN_CREDIT, WalletReference.of("test", UUID.randomUUID()),
                "top up", null);
        Instant monthlyExpiry = servers.findById(auto).orElseThrow().expiresAt();
        clock.advance(Duration.between(clock.instant(), monthlyExpiry.minus(Duration.ofMinutes(30))));
        lifecycle.runOnce();
        work.runDue();
        assertThat(servers.findById(auto).orElseThrow().expiresAt()).as("renewed before it expired").isAfter(monthlyExpiry);
        assertThat(fixtures.state(auto)).isEqualTo(ServerState.ACTIVE);
        assertThat(fixtures.state(onDemand)).as("auto-renew brings the suspended on-demand server back once there is money")
                .isEqualTo(ServerState.ACTIVE);
        assertThat(suspendedInPterodactyl(onDemand)).as("Pterodactyl to unsuspend the server").isFalse();
        assertThat(wallets.balance(customer.id()).amount()).as("3 for the month, 0.0041 for the hour").isEqualByComparingTo("0");
        fixtures.assertMoneyAndServersConsistent();
    }

    @Test
    void adminsExtendForFreeAndTheirActionsReachPterodactyl() {
        ProductView product = fixtures.product("0", ServerFixtures.monthly("5"));
        AccountView customer = fixtures.customer("5");
        long id = activeServer(customer, product);
        AccountView admin = context.getBean(io.pteroca.panel.account.Accounts.class).createVerified(
                "server-admin-" + UUID.randomUUID().toString().substring(0, 6) + "@example.test", "Ad", "Min", ServerFixtures.PASSWORD,
                io.pteroca.panel.account.Role.ADMIN, "test");
        WebSession web = browser();
        web.signIn(admin.email(), ServerFixtures.PASSWORD);
        assertThat(web.get("/admin/servers").body()).contains("Keeper");
        web.get("/admin/servers/" + id);
        web.post("/admin/servers/" + id + "/suspend", Map.of("reason", "Checking a complaint"));
        assertThat(fixtures.state(id)).isEqualTo(ServerState.SUSPENDED);
        assertThat(suspendedInPterodactyl(id)).as("Pterodactyl to suspend").isTrue();
        web.get("/admin/servers/" + id);
        web.post("/admin/servers/" + id + "/expiry", Map.of("expiresAt", "2099-01-01T00:00"));
        assertThat(fixtures.state(id)).isEqualTo(ServerState.ACTIVE);
        assertThat(suspendedInPterodactyl(id)).as("Pterodactyl to unsuspend").isFalse();
        assertThat(wallets.balance(customer.id()).amount()).as("an admin never spends customer money").isEqualByComparingTo("0");
        assertThat(web.get("/admin/servers/" + id).body()).contains("2099-01-01 00:00");
        web.post("/admin/servers/" + id + "/delete", Map.of());
        fixtures.workUntil(() -> fixtures.state(id) == ServerState.DELETED, "the deletion");
        assertThat(web.get("/admin/audit?email=" + admin.email()).body()).contains("Server suspended")
                .contains("Server paid time set").contains("Server deleted");
        fixtures.assertMoneyAndServersConsistent();
    }

    @Test
    void oldIdempotencyKeysAndLogsAreCleanedUp() {
        ProductView product = fixtures.product("0", ServerFixtures.monthly("1"));
        AccountView customer = fixtures.customer("1");
        OrderForm form = fixtures.order(product, "Tidy");
        long id = checkout.purchase(customer.id(), form);
        // Provisioning writes its log lines in the background: let it finish before time moves.
        fixtures.workUntil(() -> fixtures.state(id) == ServerState.ACTIVE, "the server to become ACTIVE");
        ServerCleanup cleanup = context.getBean(ServerCleanup.class);
        cleanup.cleanUp();
        OrderTestAccess.cleanUp(context);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM server_order WHERE idempotency_key = ?", Integer.class,
                form.idempotencyKey())).isEqualTo(1);
        clock.advance(Duration.ofDays(8));
        cleanup.cleanUp();
        OrderTestAccess.cleanUp(context);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM server_order WHERE idempotency_key = ?", Integer.class,
                form.idempotencyKey())).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM server_log WHERE server_id = ?", Integer.class, id)).isPositive();
        clock.advance(Duration.ofDays(400));
        cleanup.cleanUp();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM server_log WHERE server_id = ? AND at < ?", Integer.class, id,
                java.time.LocalDateTime.ofInstant(clock.instant().minus(Duration.ofDays(366)), java.time.ZoneOffset.UTC)))
                .isZero();
    }

    @Test
    void faultsAtSuspensionAndDeletionOnlyDelayThem() {
        settings.setAll(Map.of(ServerSettings.DELETE_AFTER_DAYS, "1", ServerSettings.DELETE_WARNING_DAYS, "0"));
        ProductView product = fixtures.product("0", ServerFixtures.monthly("1"));
        AccountView customer = fixtures.customer("1");
        long id = activeServer(customer, product);
        TestPterodactyl.emulator().faults().add(new FaultInjector.Fault("POST", "/api/application/servers/\\d+/suspend", 500, 0, false, 3));
        pass(Duration.ofDays(32));
        assertThat(fixtures.state(id)).isEqualTo(ServerState.SUSPENDED);
        fixtures.workUntil(() -> suspendedInPterodactyl(id), "the suspension to get through after the faults");

        TestPterodactyl.emulator().faults().add(new FaultInjector.Fault("DELETE", "/api/application/servers/\\d+", 503, 0, false, 3));
        pass(Duration.ofDays(2));
        assertThat(fixtures.state(id)).isIn(ServerState.DELETING, ServerState.DELETED);
        fixtures.workUntil(() -> fixtures.state(id) == ServerState.DELETED, "the deletion to get through after the faults");
        assertThat(servers.findById(id).orElseThrow().lastError()).isNull();
        fixtures.assertMoneyAndServersConsistent();
    }
}
