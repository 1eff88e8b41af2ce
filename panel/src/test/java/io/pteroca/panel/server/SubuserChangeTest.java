package io.pteroca.panel.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.emulator.http.FaultInjector;
import io.pteroca.emulator.state.Subuser;
import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.pterodactyl.PterodactylAccounts;
import io.pteroca.panel.pterodactyl.ServersAsOwner;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.TestPterodactyl;
import io.pteroca.panel.support.WebSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The owner changes what a subuser may do; our mirror follows Pterodactyl (on the owner's page and hourly); and
 * with Pterodactyl as the client panel the server page keeps only billing and sharing.
 */
class SubuserChangeTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    GameServerRepository servers;
    @Autowired
    ServerSubuserRepository subusers;
    @Autowired
    PterodactylAccounts pterodactyl;
    @Autowired
    ServersAsOwner asOwner;
    @Autowired
    Reconciliation reconciliation;

    @AfterEach
    void settingsOff() {
        settings.setAll(Map.of(ServerSettings.PTERODACTYL_CLIENT_PANEL, "false",
                settings.definition("pterodactyl.sso.enabled").orElseThrow(), "false"));
    }

    private static List<Map.Entry<String, String>> permissions(String... keys) {
        return java.util.Arrays.stream(keys).map(key -> Map.entry("permissions", key)).toList();
    }

    private void share(WebSession owner, long id, AccountView with, String... keys) {
        ServerFixtures.share(owner, id, with, keys);
        assertThat(mirrored(id, with)).as("shared with " + with.email()).isPresent();
    }

    private Optional<List<String>> mirrored(long id, AccountView account) {
        return subusers.findByServerIdAndAccountId(id, account.id()).map(ServerSubuser::permissions);
    }

    /** The subuser's permissions in the emulator, websocket.connect (always added by Pterodactyl) left out. */
    private Optional<List<String>> inPterodactyl(long id, AccountView account) {
        int pterodactylServer = servers.findById(id).orElseThrow().pterodactylServerId();
        long user = pterodactyl.userOf(account.id()).orElseThrow();
        synchronized (TestPterodactyl.emulator().state()) {
            return TestPterodactyl.emulator().state().subusers.values().stream()
                    .filter(s -> s.serverId == pterodactylServer && s.userId == user).findFirst()
                    .map(s -> s.permissions.stream().filter(p -> !p.equals("websocket.connect")).toList());
        }
    }

    private Subuser emulatorSubuser(long id, AccountView account) {
        int pterodactylServer = servers.findById(id).orElseThrow().pterodactylServerId();
        long user = pterodactyl.userOf(account.id()).orElseThrow();
        return TestPterodactyl.emulator().state().subusers.values().stream()
                .filter(s -> s.serverId == pterodactylServer && s.userId == user).findFirst().orElseThrow();
    }

    private void changeInPterodactyl(long id, AccountView account, String... keys) {
        synchronized (TestPterodactyl.emulator().state()) {
            emulatorSubuser(id, account).permissions = new ArrayList<>(List.of(keys));
        }
    }

    private void removeInPterodactyl(long id, AccountView account) {
        synchronized (TestPterodactyl.emulator().state()) {
            TestPterodactyl.emulator().state().subusers.values().remove(emulatorSubuser(id, account));
        }
    }

    private int logged(long id, String event) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM server_log WHERE server_id = ? AND event = ?", Integer.class, id, event);
    }

    @Test
    void theOwnerChangesASubusersPermissionsAndNobodyElseCan() {
        ServerFixtures fixtures = new ServerFixtures(context);
        ProductView product = fixtures.product("0", ServerFixtures.monthly("1"));
        AccountView owner = fixtures.customer("1");
        AccountView friend = fixtures.customer("0");
        AccountView other = fixtures.customer("0");
        AccountView stranger = fixtures.customer("0");
        long id = fixtures.activeServer(owner, product, "Team SMP");
        WebSession ownerWeb = browser();
        ownerWeb.signIn(owner.email(), ServerFixtures.PASSWORD);
        share(ownerWeb, id, friend, "control.console", "control.start");

        String page = ownerWeb.get("/servers/" + id + "/sharing").body();
        assertThat(page).contains("id=\"subuser-edit-" + friend.id() + "\"")
                .contains("Use the console: see the output and send commands")
                .as("explanations are escaped text").contains("Compress &amp; decompress files (archives)")
                .containsPattern("id=\"perm-" + friend.id() + "-control\\.start\"\\s+checked")
                .doesNotContainPattern("id=\"perm-" + friend.id() + "-backup\\.read\"\\s+checked");

        WebSession.Page saved = ownerWeb.postAll("/servers/" + id + "/subusers/" + friend.id(),
                permissions("backup.read", "backup.create", "control.console"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(ownerWeb.get("/servers/" + id + "/sharing").body()).contains("Saved.");
        assertThat(inPterodactyl(id, friend)).contains(List.of("control.console", "backup.read", "backup.create"));
        assertThat(mirrored(id, friend)).contains(List.of("control.console", "backup.read", "backup.create"));
        assertThat(logged(id, "subuser_changed")).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT detail FROM server_log WHERE server_id = ? AND event = 'subuser_changed'",
                String.class, id)).contains(friend.email()).contains("+backup.read").contains("-control.start");

        // The subuser changes nothing: not their own permissions, not the owner's; a 403 before any call.
        WebSession friendWeb = browser();
        friendWeb.signIn(friend.email(), ServerFixtures.PASSWORD);
        friendWeb.get("/servers/" + id);
        int calls = TestPterodactyl.totalCalls();
        assertThat(friendWeb.postAll("/servers/" + id + "/subusers/" + friend.id(), permissions("user.update", "file.sftp"))
                .status()).isEqualTo(403);
        assertThat(friendWeb.postAll("/servers/" + id + "/subusers/" + owner.id(), permissions("control.stop")).status())
                .isEqualTo(403);
        assertThat(friendWeb.post("/servers/" + id + "/subusers/" + friend.id() + "/delete", Map.of()).status()).isEqualTo(403);
        assertThat(TestPterodactyl.totalCalls()).isEqualTo(calls);
        assertThat(mirrored(id, friend)).contains(List.of("control.console", "backup.read", "backup.create"));

        WebSession strangerWeb = browser();
        strangerWeb.signIn(stranger.email(), ServerFixtures.PASSWORD);
        strangerWeb.get("/servers");
        assertThat(strangerWeb.postAll("/servers/" + id + "/subusers/" + friend.id(), permissions("control.stop")).status())
                .isEqualTo(404);

        // The owner: someone who is not a subuser, themselves, or junk permissions are refused clearly, unsent.
        ownerWeb.get("/servers/" + id);
        calls = TestPterodactyl.totalCalls();
        ownerWeb.postAll("/servers/" + id + "/subusers/" + other.id(), permissions("control.stop"));
        assertThat(TestPterodactyl.totalCalls()).isEqualTo(calls);
        assertThat(ownerWeb.get("/servers/" + id + "/sharing").body()).contains("This account is not a subuser of this server.");
        calls = TestPterodactyl.totalCalls();
        ownerWeb.postAll("/servers/" + id + "/subusers/" + owner.id(), permissions("control.stop"));
        assertThat(TestPterodactyl.totalCalls()).isEqualTo(calls);
        assertThat(ownerWeb.get("/servers/" + id + "/sharing").body()).contains("You cannot change your own permissions");
        calls = TestPterodactyl.totalCalls();
        ownerWeb.postAll("/servers/" + id + "/subusers/" + friend.id(), permissions("rm -rf"));
        assertThat(TestPterodactyl.totalCalls()).isEqualTo(calls);
        assertThat(ownerWeb.get("/servers/" + id + "/sharing").body()).contains("Choose at least one permission.");
        calls = TestPterodactyl.totalCalls();
        ownerWeb.postAll("/servers/" + id + "/subusers/" + friend.id(), List.of());
        assertThat(TestPterodactyl.totalCalls()).isEqualTo(calls);
        assertThat(ownerWeb.get("/servers/" + id + "/sharing").body()).contains("Choose at least one permission.");
        assertThat(mirrored(id, other)).isEmpty();
        assertThat(mirrored(id, owner)).isEmpty();
        assertThat(ownerWeb.postAll("/servers/" + id + "/subusers/abc", permissions("control.stop")).status()).isEqualTo(400);

        // Removed in Pterodactyl meanwhile: the change says so and the mirror lets them go.
        removeInPterodactyl(id, friend);
        ownerWeb.postAll("/servers/" + id + "/subusers/" + friend.id(), permissions("control.stop"));
        assertThat(mirrored(id, friend)).isEmpty();
        assertThat(ownerWeb.get("/servers/" + id + "/sharing").body()).contains("already removed in Pterodactyl");
        assertThat(friendWeb.get("/servers/" + id).status()).isEqualTo(404);
    }

    @Test
    void theMirrorFollowsChangesMadeInPterodactylOnTheOwnersPageAndHourly() {
        ServerFixtures fixtures = new ServerFixtures(context);
        ProductView product = fixtures.product("0", ServerFixtures.monthly("1"));
        AccountView owner = fixtures.customer("1");
        AccountView friend = fixtures.customer("0");
        AccountView newcomer = fixtures.customer("0");
        long id = fixtures.activeServer(owner, product, "Mirror SMP");
        WebSession ownerWeb = browser();
        ownerWeb.signIn(owner.email(), ServerFixtures.PASSWORD);
        share(ownerWeb, id, friend, "control.console");

        changeInPterodactyl(id, friend, "backup.read", "websocket.connect");
        String identifier = servers.findById(id).orElseThrow().identifier();
        asOwner.addSubuser(owner.id(), identifier, newcomer.email(), List.of("control.start"));
        assertThat(mirrored(id, newcomer)).isEmpty();
        int calls = TestPterodactyl.totalCalls();
        String page = ownerWeb.get("/servers/" + id).body();
        assertThat(TestPterodactyl.emulator().counters().snapshot()).containsKey("GET /api/client/servers/{server}/users");
        assertThat(TestPterodactyl.totalCalls() - calls).as("the list and the power state").isLessThanOrEqualTo(2);
        assertThat(mirrored(id, friend)).contains(List.of("backup.read"));
        assertThat(mirrored(id, newcomer)).contains(List.of("control.start"));
        assertThat(page).contains(newcomer.email());
        assertThat(logged(id, "subuser_changed")).isEqualTo(1);
        WebSession newcomerWeb = browser();
        newcomerWeb.signIn(newcomer.email(), ServerFixtures.PASSWORD);
        assertThat(newcomerWeb.get("/servers/" + id).status()).as("added in Pterodactyl, shown here").isEqualTo(200);

        removeInPterodactyl(id, friend);
        ownerWeb.get("/servers/" + id);
        assertThat(mirrored(id, friend)).isEmpty();
        WebSession friendWeb = browser();
        friendWeb.signIn(friend.email(), ServerFixtures.PASSWORD);
        assertThat(friendWeb.get("/servers/" + id).status()).isEqualTo(404);

        // Hourly: each shared server is read back; one that fails does not stop the others.
        AccountView otherOwner = fixtures.customer("1");
        long broken = fixtures.activeServer(otherOwner, product, "Broken SMP");
        WebSession otherWeb = browser();
        otherWeb.signIn(otherOwner.email(), ServerFixtures.PASSWORD);
        share(otherWeb, broken, friend, "control.console");
        changeInPterodactyl(broken, friend, "control.stop");
        changeInPterodactyl(id, newcomer, "file.read", "file.sftp");
        String brokenIdentifier = servers.findById(broken).orElseThrow().identifier();
        TestPterodactyl.emulator().faults().add(new FaultInjector.Fault("GET",
                "/api/client/servers/" + brokenIdentifier + "/users", 403, 0, false, 100));
        reconciliation.reconcile();
        TestPterodactyl.emulator().faults().clear();
        assertThat(mirrored(id, newcomer)).contains(List.of("file.read", "file.sftp"));
        assertThat(mirrored(broken, friend)).as("unchanged while Pterodactyl refuses").contains(List.of("control.console"));
        reconciliation.reconcile();
        assertThat(mirrored(broken, friend)).contains(List.of("control.stop"));
    }

    @Test
    void withPterodactylAsTheClientPanelTheServerPageKeepsOnlyBillingAndSharing() {
        ServerFixtures fixtures = new ServerFixtures(context);
        ProductView product = fixtures.product("0", ServerFixtures.monthly("1"));
        AccountView owner = fixtures.customer("5");
        long id = fixtures.activeServer(owner, product, "Client SMP");
        WebSession web = browser();
        web.signIn(owner.email(), ServerFixtures.PASSWORD);
        assertThat(web.get("/servers/" + id).body()).contains("id=\"server-tabs\"").contains("id=\"power-buttons\"")
                .doesNotContain("id=\"client-panel-notice\"");
        assertThat(web.get("/servers/" + id + "/backups").status()).isEqualTo(200);

        settings.setAll(Map.of(ServerSettings.PTERODACTYL_CLIENT_PANEL, "true"));
        String page = web.get("/servers/" + id).body();
        assertThat(page).doesNotContain("id=\"server-tabs\"").doesNotContain("id=\"power-buttons\"")
                .contains("id=\"client-panel-notice\"").contains("id=\"renew-form\"").contains("id=\"sharing-manage\"");
        assertThat(web.get("/servers/" + id + "/sharing").body()).contains("id=\"subuser-form\"");
        WebSession.Page tab = web.get("/servers/" + id + "/backups");
        assertThat(tab.status()).isEqualTo(302);
        assertThat(tab.redirectsTo("/servers/" + id)).isTrue();
        assertThat(web.get("/servers/" + id).body()).contains("This server is managed in Pterodactyl: use &quot;Open in Pterodactyl&quot;.");
        assertThat(web.get("/servers/" + id + "/network").redirectsTo("/servers/" + id)).isTrue();
        web.get("/servers/" + id);
        int calls = TestPterodactyl.totalCalls();
        assertThat(web.post("/servers/" + id + "/power", Map.of("signal", "kill")).redirectsTo("/servers/" + id)).isTrue();
        assertThat(web.post("/servers/" + id + "/backups", Map.of("name", "nope")).redirectsTo("/servers/" + id)).isTrue();
        assertThat(TestPterodactyl.totalCalls()).isEqualTo(calls);
        String key = web.get("/servers/" + id).body().replaceAll("(?s).*name=\"key\" value=\"([^\"]+)\".*", "$1");
        web.post("/servers/" + id + "/renew", Map.of("key", key));
        assertThat(web.get("/servers/" + id).body()).as("billing stays here").contains("The server was renewed.");

        settings.setAll(Map.of(settings.definition("pterodactyl.sso.enabled").orElseThrow(), "true",
                settings.definition("pterodactyl.sso.secret").orElseThrow(), "an-sso-secret-of-at-least-32-bytes!!"));
        assertThat(web.get("/servers/" + id).body()).containsPattern("id=\"sso-open\">(<input[^>]*>)?\\s*<button class=\"btn btn-primary btn-lg\"")
                .doesNotContain("id=\"client-panel-notice\"");

        settings.setAll(Map.of(ServerSettings.PTERODACTYL_CLIENT_PANEL, "false"));
        assertThat(web.get("/servers/" + id).body()).contains("id=\"server-tabs\"").contains("id=\"power-buttons\"")
                .containsPattern("id=\"sso-open\">(<input[^>]*>)?\\s*<button class=\"btn btn-outline-dark\"");
        assertThat(web.get("/servers/" + id + "/backups").status()).isEqualTo(200);
    }
}
