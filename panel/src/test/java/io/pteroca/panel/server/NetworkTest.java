package io.pteroca.panel.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.emulator.state.Allocation;
import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.catalog.ProductDefinition;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.TestPterodactyl;
import io.pteroca.panel.support.WebSession;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The network tab: ports within the plan's limit (the main port counts), never removing the primary one. */
class NetworkTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    GameServerRepository servers;

    private List<Allocation> portsInPterodactyl(long serverId) {
        long pterodactylId = servers.findById(serverId).orElseThrow().pterodactylServerId();
        synchronized (TestPterodactyl.emulator().state()) {
            return TestPterodactyl.emulator().state().allocations.values().stream()
                    .filter(a -> a.serverId != null && a.serverId == pterodactylId).toList();
        }
    }

    @Test
    void portsAreAddedWithinTheLimitNotedMadePrimaryAndRemovedButNeverThePrimary() {
        ServerFixtures fixtures = new ServerFixtures(context);
        ProductView product = fixtures.product(new ProductDefinition.FeatureLimits(0, 0, 2, 0), "0", ServerFixtures.monthly("1"));
        AccountView owner = fixtures.customer("1");
        long id = fixtures.activeServer(owner, product, "Networked");
        WebSession web = browser();
        web.signIn(owner.email(), ServerFixtures.PASSWORD);
        assertThat(web.get("/servers/" + id + "/network").body()).contains("1 of 2 ports");
        web.post("/servers/" + id + "/network", Map.of());
        assertThat(portsInPterodactyl(id)).hasSize(2);
        web.get("/servers/" + id + "/network");
        web.post("/servers/" + id + "/network", Map.of());
        assertThat(web.get("/servers/" + id + "/network").body()).contains("port limit is reached");
        assertThat(portsInPterodactyl(id)).hasSize(2);

        long primaryId = servers.findById(id).orElseThrow().pterodactylServerId();
        int primary;
        synchronized (TestPterodactyl.emulator().state()) {
            primary = (int) TestPterodactyl.emulator().state().servers.get(primaryId).allocationId;
        }
        int extra = (int) portsInPterodactyl(id).stream().filter(a -> a.id != primary).findFirst().orElseThrow().id;
        web.get("/servers/" + id + "/network");
        web.post("/servers/" + id + "/network/" + primary + "/delete", Map.of());
        assertThat(web.get("/servers/" + id + "/network").body()).contains("The primary port cannot be removed.");
        web.post("/servers/" + id + "/network/" + extra + "/notes", Map.of("notes", "voice <chat>"));
        assertThat(web.get("/servers/" + id + "/network").body()).contains("voice &lt;chat&gt;");
        web.post("/servers/" + id + "/network/" + extra + "/primary", Map.of());
        synchronized (TestPterodactyl.emulator().state()) {
            assertThat(TestPterodactyl.emulator().state().servers.get(primaryId).allocationId).isEqualTo(extra);
        }
        web.get("/servers/" + id + "/network");
        web.post("/servers/" + id + "/network/" + primary + "/delete", Map.of());
        assertThat(portsInPterodactyl(id)).hasSize(1);
        assertThat(web.get("/servers/" + id).body()).contains("Port added").contains("Primary port changed").contains("Port removed");
    }
}
