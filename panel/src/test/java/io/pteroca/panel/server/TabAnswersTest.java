package io.pteroca.panel.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.emulator.state.Server;
import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.TestMail;
import io.pteroca.panel.support.TestPterodactyl;
import io.pteroca.panel.support.WebSession;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Every tab, power action and the server page say what is true when Pterodactyl answers 409 (restoring, installing,
 * suspended) or 404 (deleted there); a suspended server's tabs show neither empty lists nor forms; and a subuser is
 * offered only what their permissions allow, with a 403 (a page with the navigation, or a short problem) otherwise.
 */
class TabAnswersTest extends IntegrationTest {

    private static final String UNREACHABLE = "could not be reached";
    private static final List<String> DATA_TABS = List.of("backups", "databases", "network", "schedules", "startup");

    @Autowired
    ApplicationContext context;
    @Autowired
    GameServerRepository servers;
    @Autowired
    ServerAdministration administration;

    private ServerFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ServerFixtures(context);
    }

    /** Sets the server's state in Pterodactyl, with nothing pending that would end it on its own. */
    private void statusInPterodactyl(long serverId, String status) {
        Server server = fixtures.inPterodactyl(serverId);
        synchronized (TestPterodactyl.emulator().state()) {
            server.status = status;
            server.pendingDoneAt = null;
        }
    }

    @Test
    void restoringAndInstallingAreSaidAsTheyAreOnEveryTabThePageAndPower() {
        ProductView product = fixtures.product("0", ServerFixtures.monthly("1"));
        AccountView owner = fixtures.customer("1");
        long id = fixtures.activeServer(owner, product, "Busy");
        WebSession web = fixtures.signedIn(owner);

        statusInPterodactyl(id, Server.RESTORING);
        String restoring = "The server is restoring a backup — back in a moment.";
        assertThat(web.get("/servers/" + id).body()).contains("id=\"server-pterodactyl-problem\"").contains(restoring)
                .doesNotContain(UNREACHABLE);
        for (String tab : DATA_TABS) {
            assertThat(web.get("/servers/" + id + "/" + tab).body()).as(tab).contains(restoring).doesNotContain(UNREACHABLE)
                    .doesNotContain("0 of 1 backups").doesNotContain("No databases yet")
                    .doesNotContain("id=\"backup-form\"").doesNotContain("id=\"database-form\"")
                    .doesNotContain("id=\"network-add\"").doesNotContain("id=\"schedule-form\"");
        }
        assertThat(web.get("/servers/" + id + "/activity").body()).contains("id=\"activity-why\"").contains(restoring);
        web.get("/servers/" + id + "/backups");
        web.post("/servers/" + id + "/backups", Map.of("name", "during restore"));
        assertThat(web.get("/servers/" + id + "/backups").body()).contains(restoring).doesNotContain(UNREACHABLE);
        web.get("/servers/" + id);
        web.post("/servers/" + id + "/power", Map.of("signal", "start"));
        assertThat(web.get("/servers/" + id).body()).contains(restoring).doesNotContain(UNREACHABLE);

        statusInPterodactyl(id, Server.INSTALLING);
        assertThat(web.get("/servers/" + id + "/databases").body()).contains("The server is still installing — back in a moment.")
                .doesNotContain(UNREACHABLE).doesNotContain("id=\"database-form\"");

        statusInPterodactyl(id, null);
        assertThat(web.get("/servers/" + id + "/backups").body()).contains("0 of 1 backups").contains("id=\"backup-form\"");
        fixtures.assertMoneyAndServersConsistent();
    }

    @Test
    void aServerDeletedInPterodactylIsMarkedForReconciliationAtOnce() {
        ProductView product = fixtures.product("0", ServerFixtures.monthly("1"));
        AccountView owner = fixtures.customer("2");
        AccountView admin = context.getBean(Accounts.class).createVerified(
                "watch-" + UUID.randomUUID().toString().substring(0, 6) + "@example.test", "Wat", "Cher", ServerFixtures.PASSWORD,
                Role.ADMIN, "test");
        String name = "Vanished " + UUID.randomUUID().toString().substring(0, 4);
        long id = fixtures.activeServer(owner, product, name);
        WebSession web = fixtures.signedIn(owner);
        assertThat(web.get("/servers/" + id).body()).contains("id=\"backups-link\"");
        // Deleted directly in Pterodactyl, as an admin there would.
        context.getBean(io.pteroca.panel.pterodactyl.PterodactylServers.class)
                .delete(servers.findById(id).orElseThrow().pterodactylServerId());

        String gone = "This server no longer exists in Pterodactyl. An administrator has been told.";
        assertThat(web.get("/servers/" + id + "/databases").body()).contains(gone).doesNotContain(UNREACHABLE)
                .doesNotContain("No databases yet").doesNotContain("id=\"database-form\"");
        assertThat(servers.findById(id).orElseThrow().drift()).as("marked at once, not at the next hourly pass")
                .isEqualTo("gone from Pterodactyl");
        assertThat(TestMail.await(admin.email(), 1)).anySatisfy(message ->
                assertThat(message.getSubject()).isEqualTo("Needs attention: " + name));
        String page = web.get("/servers/" + id).body();
        assertThat(page).contains("id=\"server-gone\"").contains(gone).doesNotContain("id=\"backups-link\"")
                .doesNotContain("id=\"power-buttons\"").doesNotContain("id=\"server-power\"")
                .doesNotContain("id=\"renew-form\"").doesNotContain(UNREACHABLE);
        web.post("/servers/" + id + "/renew", Map.of("key", UUID.randomUUID().toString()));
        assertThat(context.getBean(io.pteroca.panel.wallet.Wallets.class).balance(owner.id()).amount())
                .as("a server Pterodactyl no longer has is not paid for").isEqualByComparingTo("1");
        web.post("/servers/" + id + "/power", Map.of("signal", "start"));
        assertThat(web.get("/servers/" + id).body()).contains(gone).doesNotContain(UNREACHABLE);
        for (String tab : DATA_TABS) {
            assertThat(web.get("/servers/" + id + "/" + tab).body()).as(tab).contains(gone).doesNotContain(UNREACHABLE);
        }

        administration.detach(id, admin.id());
        fixtures.assertMoneyAndServersConsistent();
    }

    @Test
    void whileSuspendedTheTabsShowNeitherEmptyListsNorForms() {
        ProductView product = fixtures.product("0", ServerFixtures.monthly("1"));
        AccountView owner = fixtures.customer("1");
        long id = fixtures.activeServer(owner, product, "Suspended data");
        WebSession web = fixtures.signedIn(owner);
        web.get("/servers/" + id + "/databases");
        web.post("/servers/" + id + "/databases", Map.of("name", "main", "remote", "%"));
        web.get("/servers/" + id + "/backups");
        web.post("/servers/" + id + "/backups", Map.of("name", "kept"));

        administration.suspend(id, "Checking a complaint", owner.id());
        fixtures.workUntil(() -> fixtures.inPterodactyl(id).suspended(), "the suspension in Pterodactyl");
        String unavailable = "While the server is suspended, nothing of it can be shown or changed here";
        for (String tab : DATA_TABS) {
            assertThat(web.get("/servers/" + id + "/" + tab).body()).as(tab).contains(unavailable)
                    .doesNotContain("0 of 1 backups").doesNotContain("No databases yet")
                    .doesNotContain("id=\"backup-form\"").doesNotContain("id=\"database-form\"")
                    .doesNotContain("id=\"network-add\"").doesNotContain("id=\"schedule-form\"");
        }
        administration.unsuspend(id, owner.id());
        fixtures.workUntil(() -> !fixtures.inPterodactyl(id).suspended(), "the unsuspension in Pterodactyl");

        // Suspended in Pterodactyl while our record still says active: Pterodactyl's 409 is said as it is.
        statusInPterodactyl(id, Server.SUSPENDED);
        assertThat(web.get("/servers/" + id + "/databases").body())
                .contains("The server is suspended in Pterodactyl, so this is unavailable until it is unsuspended.")
                .doesNotContain("No databases yet").doesNotContain("id=\"database-form\"").doesNotContain(UNREACHABLE);
        statusInPterodactyl(id, null);
        assertThat(web.get("/servers/" + id + "/databases").body()).contains("id=\"databases-table\"");
        fixtures.assertMoneyAndServersConsistent();
    }

    @Test
    void aReadOnlySubuserIsOfferedNothingTheyMayNotDo() throws Exception {
        ProductView product = fixtures.product(new io.pteroca.panel.catalog.ProductDefinition.FeatureLimits(1, 1, 2, 2), "0",
                ServerFixtures.monthly("1"));
        AccountView owner = fixtures.customer("1");
        AccountView reader = fixtures.customer("0");
        long id = fixtures.activeServer(owner, product, "Shared read-only");
        WebSession ownerWeb = fixtures.signedIn(owner);
        ownerWeb.get("/servers/" + id + "/databases");
        ownerWeb.post("/servers/" + id + "/databases", Map.of("name", "main", "remote", "%"));
        ownerWeb.get("/servers/" + id + "/backups");
        ownerWeb.post("/servers/" + id + "/backups", Map.of("name", "nightly"));
        ownerWeb.get("/servers/" + id + "/schedules");
        ownerWeb.post("/servers/" + id + "/schedules", Map.of("name", "Nightly", "minute", "0", "hour", "4", "dayOfMonth", "*",
                "month", "*", "dayOfWeek", "*", "active", "true"));
        String owners = ownerWeb.get("/servers/" + id + "/backups").body();
        assertThat(owners).contains("id=\"backup-form\"").contains("/lock\"").contains("/restore\"").contains("/delete\"");
        ServerFixtures.share(ownerWeb, id, reader, "backup.read", "database.read", "allocation.read", "schedule.read",
                "startup.read", "activity.read", "control.start", "control.stop", "control.restart", "control.console");
        WebSession web = fixtures.signedIn(reader);

        String backups = web.get("/servers/" + id + "/backups").body();
        assertThat(backups).contains("id=\"backups-table\"").contains("nightly").doesNotContain("id=\"backup-form\"")
                .doesNotContain("/lock\"").doesNotContain("/restore\"").doesNotContain("/delete\"").doesNotContain("/download\"");
        String databases = web.get("/servers/" + id + "/databases").body();
        assertThat(databases).contains("id=\"databases-table\"").doesNotContain("id=\"database-form\"")
                .doesNotContain("/rotate\"").doesNotContain("/delete\"").doesNotContain("id=\"toggle-passwords\"");
        String network = web.get("/servers/" + id + "/network").body();
        assertThat(network).contains("id=\"network-table\"").doesNotContain("id=\"network-add\"").doesNotContain("/notes\"")
                .doesNotContain("/primary\"");
        String schedules = web.get("/servers/" + id + "/schedules").body();
        assertThat(schedules).contains("id=\"schedules-table\"").doesNotContain("id=\"schedule-form\"");
        String scheduleLink = schedules.replaceAll("(?s).*href=\"(/servers/" + id + "/schedules/\\d+)\".*", "$1");
        assertThat(web.get(scheduleLink).body()).contains("id=\"schedule-summary\"").doesNotContain("id=\"task-form\"")
                .doesNotContain("id=\"schedule-edit\"").doesNotContain("id=\"schedule-execute\"").doesNotContain("id=\"schedule-delete\"");
        assertThat(web.get("/servers/" + id + "/startup").body()).contains("id=\"startup-variables\"")
                .doesNotContain(">Save</button>");

        web.get("/servers/" + id + "/backups");
        int calls = TestPterodactyl.totalCalls();
        WebSession.Page refused = web.post("/servers/" + id + "/backups", Map.of("name", "sneaky"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).as("the 403 page keeps the navigation").contains("id=\"user-menu\"").contains("href=\"/servers\"")
                .contains("You may not do that.");
        assertThat(TestPterodactyl.totalCalls()).as("refused before Pterodactyl is asked").isEqualTo(calls);
        web.get("/servers/" + id + "/backups");
        calls = TestPterodactyl.totalCalls();
        WebSession.Page problem = web.post("/servers/" + id + "/backups", Map.of("name", "sneaky"), "*/*");
        assertThat(problem.status()).isEqualTo(403);
        assertThat(problem.header("Content-Type")).startsWith("application/problem+json");
        assertThat(problem.body()).contains("\"status\":403").contains("\"detail\":\"You may not do that.\"")
                .doesNotContain("/servers/").doesNotContain("path").doesNotContain("trace").doesNotContain("timestamp")
                .doesNotContain("Exception");
        WebSession.Page missing = web.get("/servers/" + id + "/nothing-here", "*/*");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
        assertThat(missing.body()).contains("\"status\":404").doesNotContain("path").doesNotContain("timestamp");
        assertThat(TestPterodactyl.totalCalls()).as("refused before Pterodactyl is asked").isEqualTo(calls);
        fixtures.assertMoneyAndServersConsistent();
    }
}
