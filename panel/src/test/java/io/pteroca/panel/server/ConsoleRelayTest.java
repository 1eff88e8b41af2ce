package io.pteroca.panel.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.support.ConsoleSocket;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.TestPterodactyl;
import io.pteroca.panel.support.WebSession;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The console relay (browser ↔ panel ↔ Wings) against the emulator's Wings: who may open it, commands and power
 * actions checked against the viewer's permissions, the token renewed before Wings' expiry, and both ends hanging up.
 */
class ConsoleRelayTest extends IntegrationTest {

    private static final String WEBSOCKET_CREDENTIALS = "GET /api/client/servers/{server}/websocket";

    @Autowired
    ApplicationContext context;
    @Autowired
    GameServerRepository servers;
    @Autowired
    ServerAdministration administration;

    private ServerFixtures fixtures;
    private ProductView product;

    @BeforeEach
    void fixtures() {
        fixtures = new ServerFixtures(context);
        product = fixtures.product("0", ServerFixtures.monthly("1"));
    }

    @AfterEach
    void consistent() {
        TestPterodactyl.clock().reset();
        fixtures.assertMoneyAndServersConsistent();
    }


    private List<String> consoleLog(long serverId) {
        return TestPterodactyl.emulator().wings().consoleLog(fixtures.inPterodactyl(serverId));
    }

    private long runnableServer(AccountView owner, String name) {
        long id = fixtures.activeServer(owner, product, name);
        fixtures.acceptEulaInPterodactyl(id);
        return id;
    }

    private static int handshakeStatus(Runnable open) {
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(open::run);
        assertThat(failure).isInstanceOf(CompletionException.class).hasCauseInstanceOf(WebSocketHandshakeException.class);
        return ((WebSocketHandshakeException) failure.getCause()).getResponse().statusCode();
    }

    @Test
    void theOwnerStartsTheServerAndTypesACommandWhileStrangersCannotOpenIt() {
        AccountView owner = fixtures.customer("1");
        AccountView stranger = fixtures.customer("0");
        long id = runnableServer(owner, "Console <i>one</i>");
        WebSession ownerWeb = fixtures.signedIn(owner);

        assertThat(ownerWeb.get("/servers/" + id).body()).contains("id=\"console-link\"");
        assertThat(ownerWeb.get("/servers/" + id + "/console").header("Content-Security-Policy"))
                .as("xterm.js writes its styles at run time").contains("style-src 'self' 'unsafe-inline';");
        String page = ownerWeb.get("/servers/" + id + "/console").body();
        assertThat(page).contains("id=\"terminal\"").contains("Console: Console &lt;i&gt;one&lt;/i&gt;").contains("id=\"console-start\"");

        try (ConsoleSocket console = ConsoleSocket.open(ownerWeb, id)) {
            console.awaitEvent("pteroca connected");
            assertThat(console.awaitEvent("status").path("args").path(0).asString()).isEqualTo("offline");
            console.send("set state", "start");
            console.awaitStatus("running");
            console.send("send command", "say hello from the relay");
            console.awaitOutput("[Server] hello from the relay");
            JsonNode stats = console.awaitEvent("stats");
            assertThat(stats.path("args").path(0).asString()).contains("\"memory_bytes\":");
            assertThat(consoleLog(id)).contains("> say hello from the relay");
            console.send("send command", "");
            assertThat(console.awaitEvent("pteroca error").path("args").path(0).asString()).isEqualTo("invalid command");
            console.send("set state", "explode");
            assertThat(console.awaitEvent("pteroca error").path("args").path(0).asString()).isEqualTo("invalid power action");
            console.send("auth", "a token of my own");
            assertThat(console.awaitEvent("pteroca error").path("args").path(0).asString()).isEqualTo("unknown event");
            console.sendRaw("not json at all");
            console.send("send stats", null);
            console.awaitEvent("stats");
        }
        assertThat(ownerWeb.get("/servers/" + id).body()).contains("Started");

        WebSession strangerWeb = fixtures.signedIn(stranger);
        assertThat(strangerWeb.get("/servers/" + id + "/console").status()).isEqualTo(404);
        assertThat(handshakeStatus(() -> ConsoleSocket.open(strangerWeb, id))).isEqualTo(404);
        assertThat(handshakeStatus(() -> ConsoleSocket.open(browser(), id))).as("not signed in").isIn(302, 401, 403);
        assertThat(handshakeStatus(() -> ConsoleSocket.open(ownerWeb, id, "https://evil.example.test")))
                .as("another site riding the session cookie").isEqualTo(403);
        assertThat(handshakeStatus(() -> ConsoleSocket.open(ownerWeb, id, ownerWeb.baseUrl() + ".evil.example")))
                .as("an Origin that is no URL").isEqualTo(403);
        ConsoleSocket.open(ownerWeb, id, ownerWeb.baseUrl()).close();
    }

    @Test
    void aSubuserIsRefusedWhatTheirPermissionsDoNotAllowBeforeWingsSeesIt() {
        AccountView owner = fixtures.customer("1");
        AccountView friend = fixtures.customer("0");
        long id = runnableServer(owner, "Shared console");
        WebSession ownerWeb = fixtures.signedIn(owner);
        ServerFixtures.share(ownerWeb, id, friend, "control.start");
        WebSession friendWeb = fixtures.signedIn(friend);
        String page = friendWeb.get("/servers/" + id + "/console").body();
        assertThat(page).contains("id=\"console-start\"").doesNotContain("id=\"console-stop\"").doesNotContain("id=\"command-form\"");

        try (ConsoleSocket console = ConsoleSocket.open(friendWeb, id)) {
            console.awaitEvent("pteroca connected");
            console.send("send command", "op friend");
            assertThat(console.awaitEvent("pteroca denied").path("args").path(0).asString()).isEqualTo("control.console");
            console.send("set state", "kill");
            assertThat(console.awaitEvent("pteroca denied").path("args").path(0).asString()).isEqualTo("control.stop");
            console.send("set state", "start");
            console.awaitStatus("running");
            assertThat(consoleLog(id)).noneMatch(line -> line.contains("op friend"));

            // The owner takes the permission back while the console is open: the next action is refused.
            ownerWeb.get("/servers/" + id);
            ownerWeb.post("/servers/" + id + "/subusers/" + friend.id() + "/delete", Map.of());
            console.send("set state", "start");
            console.awaitEvent("pteroca denied");
        }
    }

    @Test
    void theConsoleClosesWhenTheAccountIsBlockedOrItsPasswordChanges() {
        AccountView owner = fixtures.customer("1");
        AccountView friend = fixtures.customer("0");
        long id = runnableServer(owner, "Ends with the session");
        WebSession ownerWeb = fixtures.signedIn(owner);
        ServerFixtures.share(ownerWeb, id, friend, "control.console", "control.start");
        WebSession friendWeb = fixtures.signedIn(friend);

        try (ConsoleSocket blocked = ConsoleSocket.open(friendWeb, id)) {
            blocked.awaitEvent("pteroca connected");
            blocked.send("set state", "start");
            blocked.awaitStatus("running");
            blocked.send("send command", "say before the block");
            blocked.awaitOutput("before the block");
            WebSession admin = fixtures.signedIn(context.getBean(io.pteroca.panel.account.Accounts.class).createVerified(
                    "blocker-" + java.util.UUID.randomUUID().toString().substring(0, 6) + "@example.test", "Ad", "Min",
                    ServerFixtures.PASSWORD, io.pteroca.panel.account.Role.ADMIN, "test"));
            admin.get("/admin/users/" + friend.id());
            admin.post("/admin/users/" + friend.id() + "/block", Map.of());
            assertThat(blocked.awaitClose()).as("closed as the block commits").isEqualTo(4003);
        }

        try (ConsoleSocket stolen = ConsoleSocket.open(ownerWeb, id)) {
            stolen.awaitEvent("pteroca connected");
            WebSession victim = fixtures.signedIn(owner);
            victim.get("/account");
            victim.post("/account/password", Map.of("currentPassword", ServerFixtures.PASSWORD,
                    "newPassword", "a fresh password", "confirmPassword", "a fresh password"));
            assertThat(stolen.awaitClose()).isEqualTo(4003);
        }
        assertThat(consoleLog(id)).contains("> say before the block");
    }

    @Test
    void aSessionEndedWithoutThisInstanceHearingOfItIsRefusedOnTheNextMessage() {
        AccountView owner = fixtures.customer("1");
        long id = runnableServer(owner, "Another instance ended it");
        WebSession ownerWeb = fixtures.signedIn(owner);
        try (ConsoleSocket console = ConsoleSocket.open(ownerWeb, id)) {
            console.awaitEvent("pteroca connected");
            // As when another panel instance ended the sessions: no event reaches this one, only the database changes.
            jdbc.update("update users set session_version = session_version + 1 where id = ?", owner.id());
            console.send("send command", "say after the sessions ended");
            assertThat(console.awaitClose()).isEqualTo(4003);
        }
        assertThat(consoleLog(id)).noneMatch(line -> line.contains("after the sessions ended"));
    }

    @Test
    void wingsEventsASubusersOwnTokenWouldNotSeeAreKeptFromThem() {
        AccountView owner = fixtures.customer("1");
        AccountView friend = fixtures.customer("0");
        long id = runnableServer(owner, "Quiet console");
        WebSession ownerWeb = fixtures.signedIn(owner);
        ServerFixtures.share(ownerWeb, id, friend, "control.console");
        try (ConsoleSocket ownerConsole = ConsoleSocket.open(ownerWeb, id);
             ConsoleSocket friendConsole = ConsoleSocket.open(fixtures.signedIn(friend), id)) {
            ownerConsole.awaitEvent("pteroca connected");
            friendConsole.awaitEvent("pteroca connected");
            var wings = TestPterodactyl.emulator().wings();
            var server = fixtures.inPterodactyl(id);
            wings.announce(server, "backup completed", "{\"uuid\":\"b1\",\"is_successful\":true,\"checksum\":\"abc\"}");
            wings.announce(server, "install output", "secret install line");
            wings.announce(server, "daemon error", "stack of the node's internals");
            wings.announce(server, "status", "starting");

            ownerConsole.awaitEvent("backup completed");
            java.util.List<String> seen = new java.util.ArrayList<>();
            friendConsole.await(message -> {
                seen.add(message.toString());
                return "status".equals(message.path("event").asString()) && "starting".equals(message.path("args").path(0).asString());
            });
            assertThat(seen).noneMatch(line -> line.contains("backup completed") || line.contains("secret install line")
                    || line.contains("internals"));
            assertThat(seen).anyMatch(line -> line.contains("daemon error") && line.contains("unexpected error"));
        }
    }

    @Test
    void theRelayRenewsWingsTokenBeforeItExpires() {
        AccountView owner = fixtures.customer("1");
        long id = runnableServer(owner, "Long session");
        WebSession ownerWeb = fixtures.signedIn(owner);
        try (ConsoleSocket console = ConsoleSocket.open(ownerWeb, id)) {
            console.awaitEvent("pteroca connected");
            console.send("set state", "start");
            console.awaitStatus("running");
            int minted = TestPterodactyl.emulator().counters().get(WEBSOCKET_CREDENTIALS);
            int accepted = TestPterodactyl.emulator().wingsSocket().acceptedTokens();

            // Wings says "token expiring" within its last minute; the relay fetches a new token and authenticates again.
            TestPterodactyl.clock().shift(Duration.ofSeconds(570));
            TestPterodactyl.emulator().wingsSocket().tick();
            TestPterodactyl.awaitWings(() -> TestPterodactyl.emulator().wingsSocket().acceptedTokens() > accepted,
                    "accept the renewed token");
            assertThat(TestPterodactyl.emulator().counters().get(WEBSOCKET_CREDENTIALS)).as("a new token").isGreaterThan(minted);
            // Past the first token's expiry: without the renewal Wings would answer every message with a jwt error.
            TestPterodactyl.clock().shift(Duration.ofSeconds(60));
            console.drain();
            console.send("send command", "say still here");
            console.awaitOutput("[Server] still here");
            assertThat(console.isClosed()).isFalse();
        }
    }

    @Test
    void eachEndHangingUpClosesTheOther() {
        AccountView owner = fixtures.customer("1");
        long id = fixtures.activeServer(owner, product, "Hang up");
        WebSession ownerWeb = fixtures.signedIn(owner);
        int before = TestPterodactyl.emulator().wingsSocket().connections();

        ConsoleSocket browserLeaves = ConsoleSocket.open(ownerWeb, id);
        browserLeaves.awaitEvent("pteroca connected");
        assertThat(TestPterodactyl.emulator().wingsSocket().connections()).isEqualTo(before + 1);
        browserLeaves.close();
        TestPterodactyl.awaitWings(() -> TestPterodactyl.emulator().wingsSocket().connections() == before, "see the relay leave");

        try (ConsoleSocket wingsLeaves = ConsoleSocket.open(ownerWeb, id)) {
            wingsLeaves.awaitEvent("pteroca connected");
            administration.delete(id, owner.id());
            fixtures.workUntil(() -> fixtures.state(id) == ServerState.DELETED, "the server to be deleted");
            wingsLeaves.awaitEvent("deleted");
            assertThat(wingsLeaves.awaitClose()).isEqualTo(4000);
        }
        assertThat(handshakeStatus(() -> ConsoleSocket.open(ownerWeb, id))).as("a deleted server has no console").isEqualTo(409);
        assertThat(ownerWeb.get("/servers/" + id + "/console").body()).contains("id=\"console-unusable\"");
    }

    @Test
    void theEulaNoticeLetsTheOwnerAcceptItAndStartsTheServer() {
        AccountView owner = fixtures.customer("1");
        long id = fixtures.activeServer(owner, product, "Needs a EULA");
        WebSession ownerWeb = fixtures.signedIn(owner);
        try (ConsoleSocket console = ConsoleSocket.open(ownerWeb, id)) {
            console.awaitEvent("pteroca connected");
            console.send("set state", "start");
            console.awaitEvent("pteroca eula");
            ownerWeb.get("/servers/" + id + "/console");
            WebSession.Page accepted = ownerWeb.post("/servers/" + id + "/console/eula", Map.of());
            assertThat(accepted.redirectsTo("/servers/" + id + "/console")).isTrue();
            console.awaitStatus("running");
        }
        long pterodactylId = servers.findById(id).orElseThrow().pterodactylServerId();
        synchronized (TestPterodactyl.emulator().state()) {
            String uuid = TestPterodactyl.emulator().state().servers.get(pterodactylId).uuid;
            assertThat(TestPterodactyl.emulator().state().files.get(uuid).get("/eula.txt")).contains("eula=true");
        }
        assertThat(ownerWeb.get("/servers/" + id).body()).contains("EULA accepted");
    }

    @Test
    void directModeGivesTheViewerATokenOfTheirOwnAndAllowsOnlyWingsOrigin() {
        AccountView owner = fixtures.customer("1");
        AccountView friend = fixtures.customer("0");
        long id = runnableServer(owner, "Direct console");
        WebSession ownerWeb = fixtures.signedIn(owner);
        ServerFixtures.share(ownerWeb, id, friend, "control.console");
        WebSession friendWeb = fixtures.signedIn(friend);
        assertThat(friendWeb.get("/servers/" + id + "/console/credentials").status()).as("relay mode").isEqualTo(404);
        var direct = settings.definition("console.direct").orElseThrow();
        settings.set(direct, "true");
        try {
            WebSession.Page page = friendWeb.get("/servers/" + id + "/console");
            assertThat(page.body()).contains("data-mode=\"direct\"");
            assertThat(page.header("Content-Security-Policy"))
                    .contains("connect-src 'self' ws://127.0.0.1:" + TestPterodactyl.emulator().wingsPort() + ";");
            WebSession.Page credentials = friendWeb.get("/servers/" + id + "/console/credentials");
            assertThat(credentials.status()).isEqualTo(200);
            assertThat(credentials.header("Cache-Control")).contains("no-store");
            JsonNode body = tools.jackson.databind.json.JsonMapper.builder().build().readTree(credentials.body());
            String payload = new String(java.util.Base64.getUrlDecoder().decode(body.get("token").asString().split("\\.")[1]),
                    java.nio.charset.StandardCharsets.UTF_8);
            JsonNode claims = tools.jackson.databind.json.JsonMapper.builder().build().readTree(payload);
            int friendInPterodactyl = context.getBean(io.pteroca.panel.pterodactyl.PterodactylAccounts.class).userOf(friend.id())
                    .orElseThrow();
            assertThat(claims.get("user_id").asInt()).as("minted with the viewer's own key").isEqualTo(friendInPterodactyl);
            assertThat(claims.get("permissions").toString()).contains("control.console").doesNotContain("\"*\"");
            assertThat(fixtures.signedIn(fixtures.customer("0")).get("/servers/" + id + "/console/credentials").status()).isEqualTo(404);
        } finally {
            settings.set(direct, "false");
        }
    }
}
