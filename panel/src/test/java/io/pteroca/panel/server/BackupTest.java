package io.pteroca.panel.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.emulator.state.Backup;
import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.TestPterodactyl;
import io.pteroca.panel.support.WebSession;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The backups tab: within the plan's limit, permissions checked before Pterodactyl is asked, its refusals shown. */
class BackupTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    GameServerRepository servers;

    private List<Backup> backupsInPterodactyl(long serverId) {
        long pterodactylId = servers.findById(serverId).orElseThrow().pterodactylServerId();
        synchronized (TestPterodactyl.emulator().state()) {
            return TestPterodactyl.emulator().state().backups.values().stream().filter(b -> b.serverId == pterodactylId && !b.deleted).toList();
        }
    }

    @Test
    void ownersBackUpWithinTheLimitAndSubusersOnlyWhatTheyMay() {
        ServerFixtures fixtures = new ServerFixtures(context);
        ProductView product = fixtures.product("0", ServerFixtures.monthly("1"));
        AccountView owner = fixtures.customer("1");
        AccountView friend = fixtures.customer("0");
        long id = fixtures.activeServer(owner, product, "Backed up");

        WebSession web = browser();
        web.signIn(owner.email(), ServerFixtures.PASSWORD);
        assertThat(web.get("/servers/" + id + "/backups").body()).contains("0 of 1 backups").contains("id=\"backup-form\"");
        web.post("/servers/" + id + "/backups", Map.of("name", "Before <b>update</b>", "ignored", "*.log"));
        assertThat(backupsInPterodactyl(id)).hasSize(1).first().satisfies(b -> assertThat(b.ignoredFiles).containsExactly("*.log"));
        ServerFixtures.finishInPterodactyl();
        assertThat(web.get("/servers/" + id + "/backups").body()).contains("Before &lt;b&gt;update&lt;/b&gt;")
                .contains("1 of 1 backups");
        web.post("/servers/" + id + "/backups", Map.of("name", "One too many"));
        assertThat(web.get("/servers/" + id + "/backups").body()).contains("backup limit is reached");
        assertThat(backupsInPterodactyl(id)).hasSize(1);

        String uuid = backupsInPterodactyl(id).get(0).uuid;
        web.post("/servers/" + id + "/backups/" + uuid + "/lock", Map.of());
        assertThat(backupsInPterodactyl(id).get(0).locked).isTrue();
        web.get("/servers/" + id + "/backups");
        web.post("/servers/" + id + "/backups/" + uuid + "/delete", Map.of());
        assertThat(web.get("/servers/" + id + "/backups").body()).contains("id=\"backup-refused\"");
        assertThat(backupsInPterodactyl(id)).as("Pterodactyl keeps a locked backup").hasSize(1);
        WebSession.Page download = web.get("/servers/" + id + "/backups/" + uuid + "/download");
        assertThat(download.status()).isEqualTo(302);
        assertThat(download.location()).contains("/download/backup").contains("token=");
        assertThat(web.get("/servers/" + id + "/backups/not-a-uuid/download").status()).isEqualTo(404);

        web.get("/servers/" + id);
        web.postAll("/servers/" + id + "/subusers", List.of(Map.entry("email", friend.email()),
                Map.entry("permissions", "backup.read")));
        WebSession friendWeb = browser();
        friendWeb.signIn(friend.email(), ServerFixtures.PASSWORD);
        assertThat(friendWeb.get("/servers/" + id + "/backups").status()).isEqualTo(200);
        int calls = TestPterodactyl.totalCalls();
        assertThat(friendWeb.post("/servers/" + id + "/backups", Map.of("name", "sneaky")).status()).isEqualTo(403);
        assertThat(friendWeb.get("/servers/" + id + "/backups/" + uuid + "/download").status()).isEqualTo(403);
        assertThat(TestPterodactyl.totalCalls()).as("refused before Pterodactyl is asked").isEqualTo(calls);

        web.get("/servers/" + id + "/backups");
        web.post("/servers/" + id + "/backups/" + uuid + "/lock", Map.of());
        assertThat(backupsInPterodactyl(id).get(0).locked).as("unlocked again").isFalse();
        web.get("/servers/" + id + "/backups");
        web.post("/servers/" + id + "/backups/" + uuid + "/delete", Map.of());
        assertThat(web.get("/servers/" + id + "/backups").body()).contains("The backup was deleted.").contains("0 of 1 backups");
        assertThat(backupsInPterodactyl(id)).isEmpty();
        assertThat(web.get("/servers/" + id).body()).contains("Backup created").contains("Backup deleted");
    }

    @Test
    void aRestoreDeletesTheFilesFirstOnlyWhenAsked() {
        ServerFixtures fixtures = new ServerFixtures(context);
        ProductView product = fixtures.product("0", ServerFixtures.monthly("1"));
        AccountView owner = fixtures.customer("1");
        long id = fixtures.activeServer(owner, product, "Restored");
        WebSession web = browser();
        web.signIn(owner.email(), ServerFixtures.PASSWORD);
        web.get("/servers/" + id + "/backups");
        web.post("/servers/" + id + "/backups", Map.of("name", "nightly"));
        ServerFixtures.finishInPterodactyl();
        String uuid = backupsInPterodactyl(id).get(0).uuid;
        assertThat(web.get("/servers/" + id + "/backups").body()).contains("name=\"truncate\"");
        web.post("/servers/" + id + "/backups/" + uuid + "/restore", Map.of("truncate", "true"));
        ServerFixtures.finishInPterodactyl();
        web.get("/servers/" + id + "/backups");
        web.post("/servers/" + id + "/backups/" + uuid + "/restore", Map.of());
        long pterodactylId = servers.findById(id).orElseThrow().pterodactylServerId();
        synchronized (TestPterodactyl.emulator().state()) {
            assertThat(TestPterodactyl.emulator().state().activity.stream()
                    .filter(entry -> entry.event.equals("server:backup.restore") && Long.valueOf(pterodactylId).equals(entry.serverId))
                    .map(entry -> entry.properties.get("truncate").asBoolean())).containsExactly(true, false);
        }
        assertThat(web.get("/servers/" + id).body()).contains("(files deleted first)");
        fixtures.assertMoneyAndServersConsistent();
    }
}
