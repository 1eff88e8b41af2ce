package io.pteroca.panel.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.support.ConsoleSocket;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.TestPterodactyl;
import io.pteroca.panel.support.WebSession;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Admins manage a customer's server from its pages as the owner would, with the owner's key, and every change is audited. */
class AdminServerAccessTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Accounts accounts;
    @Autowired
    GameServerRepository servers;

    @Test
    void anAdminActsOnACustomersServerAndEveryChangeIsAudited() {
        ServerFixtures fixtures = new ServerFixtures(context);
        ProductView product = fixtures.product("0", ServerFixtures.monthly("1"));
        AccountView owner = fixtures.customer("1");
        long id = fixtures.activeServer(owner, product, "Looked after");
        AccountView admin = accounts.createVerified("admin-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test",
                "Ada", "Admin", ServerFixtures.PASSWORD, Role.ADMIN, "test");
        WebSession adminWeb = browser();
        adminWeb.signIn(admin.email(), ServerFixtures.PASSWORD);

        assertThat(adminWeb.get("/servers/" + id).body()).contains("id=\"backups-link\"").contains("id=\"console-link\"");
        adminWeb.get("/servers/" + id + "/backups");
        adminWeb.post("/servers/" + id + "/backups", Map.of("name", "by the admin"));
        long pterodactylId = servers.findById(id).orElseThrow().pterodactylServerId();
        synchronized (TestPterodactyl.emulator().state()) {
            assertThat(TestPterodactyl.emulator().state().backups.values()).anyMatch(b -> b.serverId == pterodactylId
                    && "by the admin".equals(b.name) && !b.deleted);
        }
        assertThat(jdbc.queryForList("select details from audit_log where action = 'admin_acted_on_server' and actor_id = ?",
                String.class, admin.id())).containsExactly("/servers/" + id + "/backups → 302");

        try (ConsoleSocket console = ConsoleSocket.open(adminWeb, id)) {
            console.awaitEvent("pteroca connected");
            console.send("set state", "start");
            console.roundTrip();
            assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'admin_used_server_console' "
                    + "and actor_id = ? and details = ?", Integer.class, admin.id(), "server " + id + ": power: start"))
                    .as("the console action in the audit log").isEqualTo(1);
        }

        // The owner's own actions are not admin actions, and a customer who is not an admin still gets 404.
        WebSession ownerWeb = browser();
        ownerWeb.signIn(owner.email(), ServerFixtures.PASSWORD);
        ownerWeb.get("/servers/" + id + "/backups");
        ownerWeb.post("/servers/" + id + "/backups", Map.of("name", "by the owner"));
        // Counted for this server only: other tests' admins act on their own servers in the same database.
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'admin_acted_on_server' and details like ?",
                Integer.class, "/servers/" + id + "/%")).isEqualTo(1);
        WebSession strangerWeb = browser();
        strangerWeb.signIn(fixtures.customer("0").email(), ServerFixtures.PASSWORD);
        assertThat(strangerWeb.get("/servers/" + id).status()).isEqualTo(404);
        fixtures.assertMoneyAndServersConsistent();
    }
}
