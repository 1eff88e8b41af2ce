package io.pteroca.panel.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.TestPterodactyl;
import io.pteroca.panel.support.WebSession;
import io.pteroca.panel.wallet.Wallets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Sharing a server: the subuser sees it, renews it only from their own wallet and only when they say so. */
class SubuserTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    GameServerRepository servers;
    @Autowired
    Wallets wallets;

    private static String key(String page) {
        return page.replaceAll("(?s).*name=\"key\" value=\"([^\"]+)\".*", "$1");
    }

    private long subusersInPterodactyl(long serverId) {
        long pterodactylId = servers.findById(serverId).orElseThrow().pterodactylServerId();
        synchronized (TestPterodactyl.emulator().state()) {
            return TestPterodactyl.emulator().state().subusers.values().stream().filter(s -> s.serverId == pterodactylId).count();
        }
    }

    @Test
    void aSharedServerShowsForTheSubuserWhoRenewsFromTheirOwnWalletOnlyWhenTheySaySo() {
        ServerFixtures fixtures = new ServerFixtures(context);
        ProductView product = fixtures.product("0", ServerFixtures.monthly("3"));
        AccountView owner = fixtures.customer("3");
        AccountView friend = fixtures.customer("5");
        AccountView stranger = fixtures.customer("5");
        long id = fixtures.activeServer(owner, product, "Shared SMP");

        WebSession ownerWeb = browser();
        ownerWeb.signIn(owner.email(), ServerFixtures.PASSWORD);
        assertThat(ownerWeb.get("/servers/" + id).body()).contains("id=\"sharing-link\"").contains("id=\"sharing-manage\"");
        assertThat(ownerWeb.get("/servers/" + id + "/sharing").body()).contains("id=\"subuser-form\"");
        ownerWeb.postAll("/servers/" + id + "/subusers", List.of(Map.entry("email", friend.email()),
                Map.entry("permissions", "control.console"), Map.entry("permissions", "control.start")));
        assertThat(subusersInPterodactyl(id)).isEqualTo(1);
        assertThat(ownerWeb.get("/servers/" + id + "/sharing").body()).as("back on the sharing tab").contains("Saved.");
        ownerWeb.postAll("/servers/" + id + "/subusers", List.of(Map.entry("email", stranger.email()),
                Map.entry("permissions", "rm -rf")));
        assertThat(ownerWeb.get("/servers/" + id + "/sharing").body()).contains("Choose at least one permission.");
        assertThat(subusersInPterodactyl(id)).isEqualTo(1);

        WebSession friendWeb = browser();
        friendWeb.signIn(friend.email(), ServerFixtures.PASSWORD);
        assertThat(friendWeb.get("/servers").body()).contains("id=\"shared-table\"").contains("Shared SMP");
        assertThat(friendWeb.get("/servers/" + id + "/sharing").status()).as("only the owner shares").isEqualTo(404);
        String page = friendWeb.get("/servers/" + id).body();
        assertThat(page).contains("id=\"shared-notice\"").doesNotContain("id=\"sharing-manage\"").doesNotContain("id=\"sharing-link\"")
                .doesNotContain("id=\"auto-renew-form\"");
        friendWeb.post("/servers/" + id + "/renew", Map.of("key", key(page)));
        assertThat(friendWeb.get("/servers/" + id).body()).contains("Tick that you pay from your own wallet");
        assertThat(wallets.balance(friend.id()).amount()).isEqualByComparingTo("5");
        page = friendWeb.get("/servers/" + id).body();
        friendWeb.post("/servers/" + id + "/renew", Map.of("key", key(page), "ownWallet", "true"));
        assertThat(friendWeb.get("/servers/" + id).body()).contains("The server was renewed.");
        assertThat(wallets.balance(friend.id()).amount()).as("the subuser paid").isEqualByComparingTo("2");
        assertThat(wallets.balance(owner.id()).amount()).as("never the owner's money").isEqualByComparingTo("0");
        assertThat(friendWeb.post("/servers/" + id + "/auto-renew", Map.of("on", "true")).status()).isEqualTo(302);
        assertThat(servers.findById(id).orElseThrow().autoRenew()).as("only the owner switches auto-renew").isFalse();

        // Power: the subuser was given control.start only, so stop is refused before any call to Pterodactyl.
        String withButtons = friendWeb.get("/servers/" + id).body();
        assertThat(withButtons).contains("id=\"power-start\"").doesNotContain("id=\"power-stop\"")
                .contains("Only the owner can renew this server.");
        int calls = TestPterodactyl.totalCalls();
        WebSession.Page refusedStop = friendWeb.post("/servers/" + id + "/power", Map.of("signal", "stop"));
        assertThat(refusedStop.status()).as(refusedStop.body()).isEqualTo(302);
        assertThat(TestPterodactyl.totalCalls()).isEqualTo(calls);
        assertThat(friendWeb.get("/servers/" + id).body()).contains("You may not do that with this server now.");
        friendWeb.post("/servers/" + id + "/power", Map.of("signal", "start"));
        assertThat(friendWeb.get("/servers/" + id).body()).contains("Sent to the server.");
        assertThat(TestPterodactyl.emulator().counters().snapshot())
                .hasEntrySatisfying("POST /api/client/servers/{server}/power", count -> assertThat(count).isPositive());
        ownerWeb.get("/servers/" + id);
        ownerWeb.post("/servers/" + id + "/power", Map.of("signal", "kill"));
        assertThat(ownerWeb.get("/servers/" + id).body()).contains("Sent to the server.").contains("Killed");

        WebSession strangerWeb = browser();
        strangerWeb.signIn(stranger.email(), ServerFixtures.PASSWORD);
        assertThat(strangerWeb.get("/servers/" + id).status()).isEqualTo(404);

        ownerWeb.get("/servers/" + id);
        ownerWeb.post("/servers/" + id + "/subusers/" + friend.id() + "/delete", Map.of());
        assertThat(subusersInPterodactyl(id)).isZero();
        assertThat(friendWeb.get("/servers/" + id).status()).isEqualTo(404);
        fixtures.assertMoneyAndServersConsistent();
    }
}
