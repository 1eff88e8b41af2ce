package io.pteroca.panel.server;

import static io.pteroca.panel.support.TestMoney.usd;
import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.emulator.http.FaultInjector;
import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.order.Checkout;
import io.pteroca.panel.order.Renewals;
import io.pteroca.panel.plugin.PluginTestAccess;
import io.pteroca.panel.support.BackgroundWork;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.TestPlugins;
import io.pteroca.panel.support.TestPterodactyl;
import io.pteroca.panel.support.WebSession;
import io.pteroca.panel.wallet.WalletReason;
import io.pteroca.panel.wallet.WalletReference;
import io.pteroca.panel.wallet.Wallets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The order and server lifecycle as a plugin hears it: a listener of every event records what it receives, and a
 * server goes through purchase, ready, sharing, reinstall, renewals (by hand and automatic, one failing for lack of
 * money), expiry, suspension (unpaid and by an admin), unsuspension and deletion with the moved clock. After each
 * step every event delivered so far is counted: each real change arrives exactly once, nothing else arrives.
 */
class LifecycleEventsForPluginsTest extends IntegrationTest {

    private static final String ID = "recorder";

    @Autowired
    private ApplicationContext context;
    @Autowired
    private Lifecycle lifecycle;
    @Autowired
    private ServerWork work;
    @Autowired
    private ServerPreferences preferences;
    @Autowired
    private ServerAdministration administration;
    @Autowired
    private Subusers subusers;
    @Autowired
    private Renewals renewals;
    @Autowired
    private Wallets wallets;
    @Autowired
    private GameServerRepository servers;
    private ServerFixtures fixtures;
    private PluginTestAccess plugins;

    @BeforeEach
    void recorder() {
        fixtures = new ServerFixtures(context);
        plugins = new PluginTestAccess(context);
        plugins.removeIfPresent(ID);
        plugins.install(TestPlugins.Jar.plugin(ID).pluginClass("recorder.Main")
                .yaml("name: recorder\ncapabilities: [event-listeners, migrations]\n")
                .file("db/migration/V1__seen.sql", "CREATE TABLE plg_recorder_seen (event_type VARCHAR(60), fields VARCHAR(1000));")
                .source("recorder.Main", """
                        package recorder;
                        import io.pteroca.plugin.*;
                        import io.pteroca.plugin.event.PanelEvent;
                        public class Main implements PanelPlugin {
                            @Override public void start(PluginContext context) {
                                PluginDatabase db = context.database();
                                context.subscribe(PanelEvent.class, event -> db.update(
                                        "INSERT INTO plg_recorder_seen (event_type, fields) VALUES (?, ?)",
                                        event.getClass().getSimpleName(), event.toString()));
                            }
                        }
                        """).build());
        plugins.enable(ID);
    }

    @AfterEach
    void cleanUp() {
        plugins.removeIfPresent(ID);
        settings.setAll(Map.of(ServerSettings.GRACE_HOURS, "0", ServerSettings.DELETE_AFTER_DAYS, "7"));
    }

    @Test
    void eachOrderAndServerLifecycleChangeReachesAPluginExactlyOnce() {
        settings.setAll(Map.of(ServerSettings.GRACE_HOURS, "24", ServerSettings.DELETE_AFTER_DAYS, "7"));
        ProductView product = fixtures.product("0", ServerFixtures.monthly("5"));
        AccountView owner = fixtures.customer("5");
        AccountView friend = fixtures.customer("0");
        AccountView admin = admin();

        long id = fixtures.activeServer(owner, product, "Heard by plugins");
        Recorded seen = delivered(id);
        assertThat(seen.counts()).containsExactlyInAnyOrderEntriesOf(Map.of("OrderPlaced", 1L, "ServerProvisioningStarted", 1L,
                "ServerReady", 1L));
        assertThat(seen.only("OrderPlaced")).contains("accountId=" + owner.id()).contains("amount=5.0000").contains("currency=USD");
        assertThat(seen.only("ServerReady")).contains("identifier=" + servers.findById(id).orElseThrow().identifier());

        preferences.autoRenew(id, owner.id(), true);
        preferences.autoRenew(id, owner.id(), true);
        WebSession ownerWeb = fixtures.signedIn(owner);
        ServerFixtures.share(ownerWeb, id, friend, "control.console");
        subusers.remove(id, owner.id(), friend.id());
        ownerWeb.get("/servers/" + id + "/settings");
        ownerWeb.post("/servers/" + id + "/settings/reinstall", Map.of());
        ServerFixtures.finishInPterodactyl();
        seen = delivered(id);
        assertThat(seen.counts()).containsAllEntriesOf(Map.of("ServerAutoRenewChanged", 1L, "ServerSubuserAdded", 1L,
                "ServerSubuserRemoved", 1L, "ServerReinstalled", 1L)).hasSize(7);
        assertThat(seen.only("ServerAutoRenewChanged")).contains("autoRenew=true");
        assertThat(seen.only("ServerSubuserAdded")).contains("subuserAccountId=" + friend.id());
        assertThat(seen.only("ServerSubuserRemoved")).contains("subuserAccountId=" + friend.id());

        // A renewal by hand, a month ahead: money and time, but no state changed.
        wallets.credit(owner.id(), usd("5"), WalletReason.ADMIN_CREDIT, WalletReference.of("test", UUID.randomUUID()), "top up", null);
        renewals.renew(id, owner.id(), "events-" + id);
        Instant expiry = servers.findById(id).orElseThrow().expiresAt();
        seen = delivered(id);
        String renewed = seen.only("ServerRenewed");
        assertThat(renewed).contains("automatic=false").contains("amount=5.0000").contains("accountId=" + owner.id());
        assertThat(Duration.between(expiry, Instant.parse(renewed.replaceAll(".*paidUntil=([^,]+),.*", "$1"))).abs())
                .as("paid until the new expiry").isLessThan(Duration.ofSeconds(1));
        assertThat(seen.counts()).hasSize(8);

        // Auto-renew meets an empty wallet on every run before the expiry: one failure, not one per run.
        pass(Duration.between(clock.instant(), expiry.minus(Duration.ofMinutes(30))));
        pass(Duration.ofMinutes(5));
        pass(Duration.ofMinutes(30));
        assertThat(fixtures.state(id)).isEqualTo(ServerState.EXPIRED);
        pass(Duration.ofHours(24));
        assertThat(fixtures.state(id)).isEqualTo(ServerState.SUSPENDED);
        pass(Duration.ofMinutes(5));
        seen = delivered(id);
        assertThat(seen.all("RenewalFailed")).singleElement().asString().contains("reason=INSUFFICIENT_BALANCE")
                .contains("accountId=" + owner.id());
        assertThat(seen.all("ServerExpired")).hasSize(1);
        assertThat(seen.all("ServerSuspended")).singleElement().asString().contains("cause=UNPAID");

        // Money arrives: auto-renew pays, which also lifts the suspension: one renewal, one unsuspension.
        wallets.credit(owner.id(), usd("5"), WalletReason.ADMIN_CREDIT, WalletReference.of("test", UUID.randomUUID()), "top up", null);
        pass(Duration.ofMinutes(1));
        pass(Duration.ofMinutes(1));
        assertThat(fixtures.state(id)).isEqualTo(ServerState.ACTIVE);
        seen = delivered(id);
        assertThat(seen.all("ServerRenewed")).hasSize(2).filteredOn(e -> e.contains("automatic=true")).hasSize(1);
        assertThat(seen.all("ServerUnsuspended")).hasSize(1);
        assertThat(seen.all("RenewalFailed")).hasSize(1);

        // An admin suspends with a reason and lifts it again.
        administration.suspend(id, "Abuse report 17", admin.id());
        administration.unsuspend(id, admin.id());
        seen = delivered(id);
        assertThat(seen.all("ServerSuspended")).hasSize(2).filteredOn(e -> e.contains("cause=ADMIN, reason=Abuse report 17"))
                .hasSize(1);
        assertThat(seen.all("ServerUnsuspended")).hasSize(2);

        // Auto-renew off, nobody pays: expired, suspended, deleted after a week.
        preferences.autoRenew(id, owner.id(), false);
        Instant secondExpiry = servers.findById(id).orElseThrow().expiresAt();
        pass(Duration.between(clock.instant(), secondExpiry.plus(Duration.ofMinutes(1))));
        pass(Duration.ofHours(24));
        assertThat(fixtures.state(id)).isEqualTo(ServerState.SUSPENDED);
        pass(Duration.ofDays(7));
        fixtures.workUntil(() -> fixtures.state(id) == ServerState.DELETED, "the unpaid server to be deleted");
        seen = delivered(id);
        assertThat(seen.counts()).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("OrderPlaced", 1L), Map.entry("ServerProvisioningStarted", 1L), Map.entry("ServerReady", 1L),
                Map.entry("ServerAutoRenewChanged", 2L), Map.entry("ServerSubuserAdded", 1L),
                Map.entry("ServerSubuserRemoved", 1L), Map.entry("ServerReinstalled", 1L), Map.entry("ServerRenewed", 2L),
                Map.entry("RenewalFailed", 1L), Map.entry("ServerExpired", 2L), Map.entry("ServerSuspended", 3L),
                Map.entry("ServerUnsuspended", 2L), Map.entry("ServerDeleted", 1L)));
        assertThat(seen.all("ServerAutoRenewChanged")).filteredOn(e -> e.contains("autoRenew=false")).hasSize(1);
        fixtures.assertMoneyAndServersConsistent();
    }

    @Test
    void aServerThatCannotBeSetUpIsRefundedOnceAndNeverReady() {
        ProductView product = fixtures.product("0", ServerFixtures.monthly("3"));
        AccountView owner = fixtures.customer("3");
        TestPterodactyl.emulator().faults().add(new FaultInjector.Fault("POST", "/api/application/servers", 422, 0, false, 1));
        long id = context.getBean(Checkout.class).purchase(owner.id(), fixtures.order(product, "Never set up"));
        fixtures.workUntil(() -> fixtures.state(id) == ServerState.FAILED, "the refund");
        Recorded seen = delivered(id);
        assertThat(seen.counts()).containsExactlyInAnyOrderEntriesOf(Map.of("OrderPlaced", 1L, "ServerProvisioningStarted", 1L,
                "ServerProvisioningFailed", 1L, "OrderRefunded", 1L));
        assertThat(seen.only("OrderRefunded")).contains("accountId=" + owner.id()).contains("amount=3.0000");
        assertThat(wallets.balance(owner.id()).amount()).isEqualByComparingTo("3");
        fixtures.assertMoneyAndServersConsistent();
    }

    @Test
    void anAdminTakingOverASuspensionForNotPayingIsASuspensionByAnAdmin() {
        settings.setAll(Map.of(ServerSettings.GRACE_HOURS, "0"));
        ProductView product = fixtures.product("0", ServerFixtures.monthly("2"));
        AccountView owner = fixtures.customer("2");
        long id = fixtures.activeServer(owner, product, "Taken over");
        pass(Duration.between(clock.instant(), servers.findById(id).orElseThrow().expiresAt().plus(Duration.ofMinutes(1))));
        assertThat(fixtures.state(id)).as("no grace period: suspended at once").isEqualTo(ServerState.SUSPENDED);
        administration.suspend(id, "Chargeback", admin().id());
        Recorded seen = delivered(id);
        assertThat(seen.all("ServerExpired")).isEmpty();
        assertThat(seen.all("ServerSuspended")).hasSize(2).anyMatch(e -> e.contains("cause=UNPAID, reason=]"))
                .anyMatch(e -> e.contains("cause=ADMIN, reason=Chargeback]"));
    }

    private AccountView admin() {
        return context.getBean(io.pteroca.panel.account.Accounts.class).createVerified(
                "events-admin-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test", "Ad", "Min",
                ServerFixtures.PASSWORD, io.pteroca.panel.account.Role.ADMIN, "test");
    }

    /** Time passes, the jobs run, and the background work they started ends. */
    private void pass(Duration time) {
        clock.advance(time);
        lifecycle.runOnce();
        work.runDue();
        BackgroundWork.awaitIdle();
    }

    /** Every event the recorder has received about this server, once all raised so far are delivered. */
    private Recorded delivered(long serverId) {
        plugins.awaitEventsDelivered();
        Pattern about = Pattern.compile("serverId=" + serverId + "[,)\\]]");
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT event_type, fields FROM plg_recorder_seen");
        return new Recorded(rows.stream().filter(row -> about.matcher((String) row.get("fields")).find())
                .map(row -> Map.entry((String) row.get("event_type"), (String) row.get("fields"))).toList());
    }

    private record Recorded(List<Map.Entry<String, String>> events) {

        Map<String, Long> counts() {
            return events.stream().collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.counting()));
        }

        List<String> all(String type) {
            return events.stream().filter(e -> e.getKey().equals(type)).map(Map.Entry::getValue).toList();
        }

        String only(String type) {
            List<String> found = all(type);
            assertThat(found).as(type).hasSize(1);
            return found.get(0);
        }
    }
}
