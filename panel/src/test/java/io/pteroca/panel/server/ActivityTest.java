package io.pteroca.panel.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.emulator.http.FaultInjector;
import io.pteroca.emulator.state.ActivityLog;
import io.pteroca.emulator.state.EmulatorState;
import io.pteroca.emulator.state.Server;
import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.TestPterodactyl;
import io.pteroca.panel.support.WebSession;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The activity tab: our log and Pterodactyl's activity merged newest first, paginated, escaped, permission-checked. */
class ActivityTest extends IntegrationTest {

    private static final Pattern ROW = Pattern.compile("<tr>\\s*<td class=\"text-nowrap\"");

    @Autowired
    ApplicationContext context;
    @Autowired
    GameServerRepository servers;

    /** Adds an entry to the server's activity in Pterodactyl, at the given time. */
    private void pterodactylActivity(long serverId, String event, Instant at, Map<String, String> properties) {
        long pterodactylId = servers.findById(serverId).orElseThrow().pterodactylServerId();
        EmulatorState state = TestPterodactyl.emulator().state();
        synchronized (state) {
            Server server = state.server(pterodactylId);
            ActivityLog entry = state.log(event, null, server, false, p -> properties.forEach(p::put));
            entry.timestamp = at;
        }
    }

    private static int rows(String body) {
        return (int) ROW.matcher(body).results().count();
    }

    @Test
    void subusersSeeTheHistoryOnlyWithActivityReadAndNeverWhatTheOwnerPaid() {
        ServerFixtures fixtures = new ServerFixtures(context);
        ProductView product = fixtures.product("0", ServerFixtures.monthly("1"));
        AccountView owner = fixtures.customer("1");
        AccountView backups = fixtures.customer("0");
        AccountView auditor = fixtures.customer("0");
        long id = fixtures.activeServer(owner, product, "Shared history");
        WebSession ownerWeb = fixtures.signedIn(owner);
        ServerFixtures.share(ownerWeb, id, backups, "backup.read");
        ServerFixtures.share(ownerWeb, id, auditor, "activity.read");
        Pattern paid = Pattern.compile("order \\d+, paid");

        String ownersPage = ownerWeb.get("/servers/" + id).body();
        assertThat(ownersPage).contains("id=\"server-log\"").containsPattern(paid).contains(backups.email());

        String backupsPage = fixtures.signedIn(backups).get("/servers/" + id).body();
        assertThat(backupsPage).doesNotContain("id=\"server-log\"").doesNotContainPattern(paid).doesNotContain(auditor.email());

        WebSession auditorWeb = fixtures.signedIn(auditor);
        String auditorsPage = auditorWeb.get("/servers/" + id).body();
        assertThat(auditorsPage).contains("id=\"server-log\"").contains(backups.email()).doesNotContainPattern(paid);
        assertThat(auditorWeb.get("/servers/" + id + "/activity").body()).contains(backups.email()).doesNotContainPattern(paid);
    }

    @Test
    void ourLogAndPterodactylsActivityAreMergedNewestFirstPaginatedAndEscaped() {
        ServerFixtures fixtures = new ServerFixtures(context);
        ProductView product = fixtures.product("0", ServerFixtures.monthly("1"));
        AccountView owner = fixtures.customer("1");
        long id = fixtures.activeServer(owner, product, "Busy");
        String tab = "/servers/" + id + "/activity";
        Instant now = clock.instant();
        pterodactylActivity(id, "server:console.command", now.plus(Duration.ofHours(1)),
                Map.of("command", "<img src=x onerror=alert(1)>"));
        pterodactylActivity(id, "server:oldest", now.minus(Duration.ofDays(30)), Map.of("note", "first of all"));
        for (int i = 0; i < 30; i++) {
            pterodactylActivity(id, "server:file.write", now.minus(Duration.ofMinutes(30 + i)), Map.of("file", "/entry-" + i));
        }
        long ours = jdbc.queryForObject("SELECT COUNT(*) FROM server_log WHERE server_id = ?", Long.class, id);
        long pterodactylId = servers.findById(id).orElseThrow().pterodactylServerId();
        long theirs;
        synchronized (TestPterodactyl.emulator().state()) {
            theirs = TestPterodactyl.emulator().state().activity.stream().filter(e -> e.serverId != null && e.serverId == pterodactylId).count();
        }
        long total = ours + theirs;

        WebSession web = browser();
        web.signIn(owner.email(), ServerFixtures.PASSWORD);
        String first = web.get(tab).body();
        assertThat(first).contains(">Console command sent<").contains(">File saved<")
                .as("Pterodactyl's event names only as a hint").doesNotContain("<code>server:");
        assertThat(first).contains("server:console.command").contains("command: &lt;img src=x onerror=alert(1)&gt;")
                .doesNotContain("<img src=x").doesNotContain("id=\"activity-partial\"");
        assertThat(first.indexOf("server:console.command")).as("newest first").isLessThan(first.indexOf("<td>Panel</td>"));
        assertThat(first.lastIndexOf("<td>Panel</td>")).isLessThan(first.indexOf("/entry-0</td>"));
        assertThat(first.indexOf("/entry-0</td>")).isLessThan(first.indexOf("/entry-1</td>"));
        assertThat(rows(first)).isEqualTo(25);
        assertThat(first).contains("id=\"activity-pages\"").contains(tab + "?page=2");
        int pages = (int) ((total + 24) / 25);
        String last = web.get(tab + "?page=" + pages).body();
        assertThat(rows(last)).isEqualTo((int) (total - 25L * (pages - 1)));
        assertThat(last).contains("first of all");
        assertThat(web.get(tab + "?page=999").body()).as("a page past the end shows the last one").contains("first of all");
        assertThat(web.get(tab + "?page=abc").status()).isEqualTo(400);

        TestPterodactyl.emulator().faults().add(new FaultInjector.Fault("GET", "/api/client/servers/[^/]+/activity", 0, 0, true, -1));
        String partial = web.get(tab).body();
        assertThat(partial).contains("id=\"activity-partial\"").doesNotContain("server:console.command");
        assertThat(rows(partial)).isEqualTo((int) Math.min(25, ours));
        TestPterodactyl.emulator().faults().clear();
    }

    @Test
    void onlyAccountsWithActivityReadSeeItAndASuspendedServerShowsOurLogOnly() {
        ServerFixtures fixtures = new ServerFixtures(context);
        ProductView product = fixtures.product("0", ServerFixtures.monthly("1"));
        AccountView owner = fixtures.customer("1");
        AccountView reader = fixtures.customer("0");
        AccountView other = fixtures.customer("0");
        AccountView stranger = fixtures.customer("0");
        long id = fixtures.activeServer(owner, product, "Watched");
        String tab = "/servers/" + id + "/activity";
        pterodactylActivity(id, "server:power.start", clock.instant(), Map.of());
        WebSession web = browser();
        web.signIn(owner.email(), ServerFixtures.PASSWORD);
        web.get("/servers/" + id);
        web.postAll("/servers/" + id + "/subusers", List.of(Map.entry("email", reader.email()),
                Map.entry("permissions", "activity.read")));
        web.postAll("/servers/" + id + "/subusers", List.of(Map.entry("email", other.email()),
                Map.entry("permissions", "schedule.read")));

        WebSession readerWeb = browser();
        readerWeb.signIn(reader.email(), ServerFixtures.PASSWORD);
        assertThat(readerWeb.get("/servers/" + id).body()).contains("id=\"activity-link\"");
        assertThat(readerWeb.get(tab).body()).contains("server:power.start");
        WebSession otherWeb = browser();
        otherWeb.signIn(other.email(), ServerFixtures.PASSWORD);
        int calls = TestPterodactyl.totalCalls();
        assertThat(otherWeb.get(tab).status()).isEqualTo(403);
        assertThat(TestPterodactyl.totalCalls()).as("refused before Pterodactyl is asked").isEqualTo(calls);
        WebSession strangerWeb = browser();
        strangerWeb.signIn(stranger.email(), ServerFixtures.PASSWORD);
        assertThat(strangerWeb.get(tab).status()).isEqualTo(404);

        jdbc.update("UPDATE game_server SET state = 'SUSPENDED' WHERE id = ?", id);
        calls = TestPterodactyl.totalCalls();
        String suspended = web.get(tab).body();
        assertThat(suspended).contains("id=\"activity-partial\"").contains("Shared with a subuser").doesNotContain("server:power.start");
        assertThat(TestPterodactyl.totalCalls()).isEqualTo(calls);
        jdbc.update("UPDATE game_server SET state = 'ACTIVE' WHERE id = ?", id);
    }
}
