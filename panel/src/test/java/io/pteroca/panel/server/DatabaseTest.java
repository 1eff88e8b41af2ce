package io.pteroca.panel.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.emulator.state.Database;
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

/** The databases tab: the plan's limit, credentials only on request and only for those who may see them. */
class DatabaseTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    GameServerRepository servers;

    private List<Database> databasesInPterodactyl(long serverId) {
        long pterodactylId = servers.findById(serverId).orElseThrow().pterodactylServerId();
        synchronized (TestPterodactyl.emulator().state()) {
            return TestPterodactyl.emulator().state().databases.values().stream().filter(d -> d.serverId == pterodactylId).toList();
        }
    }

    @Test
    void ownersManageDatabasesWithinTheLimitAndCredentialsStayHiddenFromThoseWhoMayNotSeeThem() {
        ServerFixtures fixtures = new ServerFixtures(context);
        ProductView product = fixtures.product("0", ServerFixtures.monthly("1"));
        AccountView owner = fixtures.customer("1");
        AccountView friend = fixtures.customer("0");
        long id = fixtures.activeServer(owner, product, "With data");

        WebSession web = browser();
        web.signIn(owner.email(), ServerFixtures.PASSWORD);
        web.get("/servers/" + id + "/databases");
        web.post("/servers/" + id + "/databases", Map.of("name", "bad name; drop", "remote", "%"));
        assertThat(web.get("/servers/" + id + "/databases").body()).contains("Use letters, digits");
        web.post("/servers/" + id + "/databases", Map.of("name", "main", "remote", ""));
        assertThat(databasesInPterodactyl(id)).hasSize(1);
        web.get("/servers/" + id + "/databases");
        web.post("/servers/" + id + "/databases", Map.of("name", "second"));
        assertThat(web.get("/servers/" + id + "/databases").body()).contains("database limit is reached");
        assertThat(databasesInPterodactyl(id)).hasSize(1);

        assertThat(web.get("/servers/" + id + "/databases").body()).contains("_main").doesNotContain("class=\"database-password\"");
        String shown = web.get("/servers/" + id + "/databases?passwords=true").body();
        assertThat(shown).contains("class=\"database-password\"");
        String hashid = databasesInPterodactyl(id).get(0).hashid;
        String before = shown.replaceAll("(?s).*class=\"database-password\">([^<]*)<.*", "$1");
        web.post("/servers/" + id + "/databases/" + hashid + "/rotate", Map.of());
        String after = web.get("/servers/" + id + "/databases?passwords=true").body()
                .replaceAll("(?s).*class=\"database-password\">([^<]*)<.*", "$1");
        assertThat(after).isNotBlank().isNotEqualTo(before);

        web.get("/servers/" + id);
        web.postAll("/servers/" + id + "/subusers", List.of(Map.entry("email", friend.email()),
                Map.entry("permissions", "database.read")));
        WebSession friendWeb = browser();
        friendWeb.signIn(friend.email(), ServerFixtures.PASSWORD);
        assertThat(friendWeb.get("/servers/" + id + "/databases").body()).contains("_main").doesNotContain("database-password\">");
        int calls = TestPterodactyl.totalCalls();
        assertThat(friendWeb.get("/servers/" + id + "/databases?passwords=true").status()).isEqualTo(403);
        assertThat(TestPterodactyl.totalCalls()).as("refused before Pterodactyl is asked").isEqualTo(calls);
        friendWeb.get("/servers/" + id + "/databases");
        calls = TestPterodactyl.totalCalls();
        assertThat(friendWeb.post("/servers/" + id + "/databases/" + hashid + "/delete", Map.of()).status()).isEqualTo(403);
        assertThat(TestPterodactyl.totalCalls()).as("refused before Pterodactyl is asked").isEqualTo(calls);

        web.get("/servers/" + id + "/databases");
        web.post("/servers/" + id + "/databases/" + hashid + "/delete", Map.of());
        assertThat(databasesInPterodactyl(id)).isEmpty();
        assertThat(web.get("/servers/" + id).body()).contains("Database created").contains("Database password changed")
                .contains("Database deleted");
    }
}
