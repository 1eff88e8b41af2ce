package io.pteroca.panel.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.emulator.state.Server;
import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.catalog.ProductDefinition;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.pterodactyl.PterodactylAccounts;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.TestPterodactyl;
import io.pteroca.panel.support.WebSession;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The settings tab: rename here and in Pterodactyl, reinstall (on another of the product's eggs if allowed), SFTP. */
class SettingsTabTest extends IntegrationTest {

    private static final String XSS = "<script>alert('pwned')</script> & Co";
    private static final String XSS_ESCAPED = "&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt; &amp; Co";

    @Autowired
    ApplicationContext context;
    @Autowired
    GameServerRepository servers;
    @Autowired
    ServerAdministration administration;
    @Autowired
    PterodactylAccounts pterodactyl;

    private ServerFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ServerFixtures(context);
    }


    private static int calls(String endpoint) {
        return TestPterodactyl.emulator().counters().snapshot().getOrDefault(endpoint, 0);
    }



    private ProductView plan(boolean allowEggChange, String... eggs) {
        List<ProductDefinition.EggChoice> choices = java.util.Arrays.stream(eggs)
                .map(name -> ProductDefinition.EggChoice.defaultsOf(fixtures.egg(name), null)).toList();
        return fixtures.product(choices, allowEggChange, ServerFixtures.monthly("1"));
    }

    @Test
    void renamingChangesBothNamesAndTheNameIsEscapedOnEveryPage() {
        AccountView owner = fixtures.customer("1");
        long id = fixtures.activeServer(owner, plan(false, "Paper"), "Plain name");
        WebSession web = fixtures.signedIn(owner);
        assertThat(web.get("/servers/" + id).body()).contains("id=\"settings-link\"");
        assertThat(web.get("/servers/" + id + "/settings").body()).contains("id=\"rename-form\"").contains("value=\"Plain name\"");

        web.post("/servers/" + id + "/settings/rename", Map.of("name", "  " + XSS + "  "));
        assertThat(fixtures.inPterodactyl(id).name).isEqualTo(XSS);
        assertThat(servers.findById(id).orElseThrow().name()).isEqualTo(XSS);
        assertThat(web.get("/servers/" + id + "/settings").body()).contains("The server was renamed.").contains(XSS_ESCAPED)
                .doesNotContain("<script>alert");
        assertThat(web.get("/servers/" + id).body()).contains(XSS_ESCAPED).doesNotContain("<script>alert").contains("Renamed");
        assertThat(web.get("/servers").body()).contains(XSS_ESCAPED).doesNotContain("<script>alert");

        for (String bad : List.of("   ", "x".repeat(192), "two\nlines")) {
            web.get("/servers/" + id + "/settings");
            web.post("/servers/" + id + "/settings/rename", Map.of("name", bad));
            assertThat(web.get("/servers/" + id + "/settings").body()).contains("The name must be 1 to 191 characters");
        }
        web.post("/servers/" + id + "/settings/rename", Map.of("name", "y".repeat(191)));
        assertThat(fixtures.inPterodactyl(id).name).isEqualTo("y".repeat(191));
        web.get("/servers/" + id + "/settings");
        web.post("/servers/" + id + "/settings/rename", Map.of("name", XSS));
        assertThat(fixtures.inPterodactyl(id).name).isEqualTo(XSS);

        AccountView admin = context.getBean(Accounts.class).createVerified(
                "settings-admin-" + UUID.randomUUID().toString().substring(0, 6) + "@example.test", "Ad", "Min",
                ServerFixtures.PASSWORD, Role.ADMIN, "test");
        WebSession adminWeb = fixtures.signedIn(admin);
        assertThat(adminWeb.get("/admin/servers").body()).contains(XSS_ESCAPED).doesNotContain("<script>alert");
        assertThat(adminWeb.get("/admin/servers/" + id).body()).contains(XSS_ESCAPED).doesNotContain("<script>alert");
    }

    @Test
    void reinstallKeepsTheEggUnlessTheProductAllowsAnotherOfItsOwnEggs() {
        int paper = fixtures.egg("Paper").id();
        int vanilla = fixtures.egg("Vanilla Minecraft").id();
        int bungeecord = fixtures.egg("Bungeecord").id();
        String vanillaStartup = fixtures.egg("Vanilla Minecraft").startup();
        AccountView owner = fixtures.customer("2");
        long fixed = fixtures.activeServer(owner, plan(false, "Paper", "Vanilla Minecraft"), "Fixed egg");
        WebSession web = fixtures.signedIn(owner);
        String page = web.get("/servers/" + fixed + "/settings").body();
        assertThat(page).contains("id=\"reinstall-form\"").contains("data-confirm=").doesNotContain("id=\"egg\"");
        int eggChanges = calls("PATCH /api/application/servers/{id}/startup");
        web.post("/servers/" + fixed + "/settings/reinstall", Map.of("egg", Integer.toString(vanilla)));
        assertThat(web.get("/servers/" + fixed + "/settings").body()).contains("This plan does not offer that egg.");
        assertThat(fixtures.inPterodactyl(fixed).eggId).isEqualTo(paper);
        assertThat(fixtures.inPterodactyl(fixed).status).as("not reinstalled").isNull();

        int reinstalls = calls("POST /api/client/servers/{server}/settings/reinstall");
        web.post("/servers/" + fixed + "/settings/reinstall", Map.of());
        assertThat(calls("POST /api/client/servers/{server}/settings/reinstall")).isEqualTo(reinstalls + 1);
        assertThat(fixtures.inPterodactyl(fixed).status).isEqualTo(Server.INSTALLING);
        ServerFixtures.finishInPterodactyl();
        assertThat(web.get("/servers/" + fixed).body()).contains("Reinstalled");

        long flexible = fixtures.activeServer(owner, plan(true, "Paper", "Vanilla Minecraft"), "Flexible egg");
        assertThat(web.get("/servers/" + flexible + "/settings").body()).contains("id=\"egg\"").contains("Vanilla Minecraft");
        for (String notOffered : List.of(Integer.toString(bungeecord), "abc", "-1")) {
            web.post("/servers/" + flexible + "/settings/reinstall", Map.of("egg", notOffered));
            assertThat(web.get("/servers/" + flexible + "/settings").body()).contains("This plan does not offer that egg.");
        }
        assertThat(calls("PATCH /api/application/servers/{id}/startup")).as("nothing sent to Pterodactyl").isEqualTo(eggChanges);
        assertThat(fixtures.inPterodactyl(flexible).eggId).isEqualTo(paper);

        web.post("/servers/" + flexible + "/settings/reinstall", Map.of("egg", Integer.toString(vanilla)));
        Server changed = fixtures.inPterodactyl(flexible);
        synchronized (TestPterodactyl.emulator().state()) {
            assertThat(changed.eggId).isEqualTo(vanilla);
            assertThat(changed.variables).containsEntry("VANILLA_VERSION", "latest").containsEntry("SERVER_JARFILE", "server.jar");
            assertThat(changed.startup).isEqualTo(vanillaStartup);
            assertThat(changed.status).isEqualTo(Server.INSTALLING);
        }
        ServerPlan plan = servers.findById(flexible).orElseThrow().plan();
        assertThat(plan.eggId()).isEqualTo(vanilla);
        assertThat(plan.eggName()).isEqualTo("Vanilla Minecraft");
        assertThat(plan.environment()).containsEntry("VANILLA_VERSION", "latest");
        ServerFixtures.finishInPterodactyl();
        assertThat(web.get("/servers/" + flexible).body()).contains("Egg changed").contains("Vanilla Minecraft");
        assertThat(web.get("/servers/" + flexible + "/startup").body()).contains("VANILLA_VERSION").doesNotContain("BUILD_NUMBER");
    }

    @Test
    void sftpDetailsAndActionsFollowPermissionsStrangersSeeNothingAndSuspendedServersRefuse() {
        AccountView owner = fixtures.customer("1");
        AccountView sftpUser = fixtures.customer("0");
        AccountView other = fixtures.customer("0");
        AccountView stranger = fixtures.customer("0");
        long id = fixtures.activeServer(owner, plan(true, "Paper", "Vanilla Minecraft"), "SFTP server");
        String identifier = servers.findById(id).orElseThrow().identifier();
        WebSession ownerWeb = fixtures.signedIn(owner);
        String page = ownerWeb.get("/servers/" + id + "/settings").body();
        int sftpPort;
        String host;
        synchronized (TestPterodactyl.emulator().state()) {
            var node = TestPterodactyl.emulator().state().nodes.values().iterator().next();
            sftpPort = node.daemonSftp;
            host = node.fqdn;
        }
        assertThat(page).contains("id=\"sftp-details\"").contains("sftp://" + host + ":" + sftpPort)
                .contains(pterodactyl.usernameOf(owner.id()).orElseThrow() + "." + identifier);

        ServerFixtures.share(ownerWeb, id, sftpUser, "file.sftp");
        ServerFixtures.share(ownerWeb, id, other, "activity.read");
        WebSession sftpWeb = fixtures.signedIn(sftpUser);
        assertThat(sftpWeb.get("/servers/" + id).body()).contains("id=\"settings-link\"");
        page = sftpWeb.get("/servers/" + id + "/settings").body();
        assertThat(page).contains(pterodactyl.usernameOf(sftpUser.id()).orElseThrow() + "." + identifier)
                .doesNotContain("id=\"rename-form\"").doesNotContain("id=\"reinstall-form\"");
        WebSession otherWeb = fixtures.signedIn(other);
        assertThat(otherWeb.get("/servers/" + id).body()).doesNotContain("id=\"settings-link\"");
        int vanilla = fixtures.egg("Vanilla Minecraft").id();
        int calls = TestPterodactyl.totalCalls();
        assertThat(sftpWeb.post("/servers/" + id + "/settings/rename", Map.of("name", "Mine now")).status()).isEqualTo(403);
        assertThat(sftpWeb.post("/servers/" + id + "/settings/reinstall", Map.of()).status()).isEqualTo(403);
        assertThat(sftpWeb.post("/servers/" + id + "/settings/reinstall", Map.of("egg", Integer.toString(vanilla))).status())
                .isEqualTo(403);
        assertThat(otherWeb.get("/servers/" + id + "/settings").status()).isEqualTo(403);
        WebSession strangerWeb = fixtures.signedIn(stranger);
        assertThat(strangerWeb.get("/servers/" + id + "/settings").status()).isEqualTo(404);
        strangerWeb.get("/servers");
        assertThat(strangerWeb.post("/servers/" + id + "/settings/rename", Map.of("name", "Mine now")).status()).isEqualTo(404);
        assertThat(TestPterodactyl.totalCalls()).as("refused before Pterodactyl is asked").isEqualTo(calls);
        assertThat(fixtures.inPterodactyl(id).name).isEqualTo("SFTP server");
        assertThat(fixtures.inPterodactyl(id).status).isNull();

        administration.suspend(id, "Checking a complaint", owner.id());
        ownerWeb.get("/servers/" + id);
        int renames = calls("POST /api/client/servers/{server}/settings/rename");
        ownerWeb.post("/servers/" + id + "/settings/rename", Map.of("name", "While suspended"));
        assertThat(ownerWeb.get("/servers/" + id + "/settings").body()).contains("While the server is suspended, nothing of it can be shown or changed here");
        ownerWeb.post("/servers/" + id + "/settings/reinstall", Map.of());
        assertThat(calls("POST /api/client/servers/{server}/settings/rename")).isEqualTo(renames);
        assertThat(servers.findById(id).orElseThrow().name()).isEqualTo("SFTP server");
        assertThat(fixtures.inPterodactyl(id).name).isEqualTo("SFTP server");
    }
}
