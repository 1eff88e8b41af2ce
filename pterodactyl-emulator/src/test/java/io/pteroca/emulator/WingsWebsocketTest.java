package io.pteroca.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.net.URI;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.pteroca.emulator.http.Json;
import io.pteroca.emulator.state.ApiKey;
import io.pteroca.emulator.state.MutableClock;
import io.pteroca.emulator.state.Node;
import io.pteroca.emulator.state.Server;
import io.pteroca.emulator.state.User;
import io.pteroca.emulator.wings.Jwt;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The Wings websocket of the emulator, driven with the JDK's own websocket client and the injected clock. */
class WingsWebsocketTest {

    private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
    /** Only for frames that are certain to come; a slow machine never comes near it. */
    private static final Duration WAIT = Duration.ofMinutes(1);

    private final List<Client> clients = new ArrayList<>();
    private OwnedServer owned;
    private MutableClock clock;
    private PterodactylEmulator emulator;
    private User owner;
    private String ownerKey;
    private Server server;
    private String serverPath;

    @BeforeEach
    void start() throws Exception {
        owned = OwnedServer.start(START, b -> b.allowedOrigins("https://billing.example.test"));
        clock = owned.clock;
        emulator = owned.emulator;
        owner = owned.owner;
        ownerKey = owned.ownerKey;
        server = owned.server;
        serverPath = owned.path;
    }

    @AfterEach
    void stop() {
        clients.forEach(Client::abort);
        owned.close();
    }

    @Test
    void credentialsPointAtTheWingsListenerWithTheRealClaims() throws Exception {
        JsonNode data = credentials();
        assertThat(data.get("socket").asString())
                .isEqualTo("ws://127.0.0.1:" + emulator.wingsPort() + "/api/servers/" + server.uuid + "/ws");
        String token = data.get("token").asString();
        Node node = emulator.state().nodes.get(1L);
        ObjectNode claims = Jwt.verify(token, node.daemonToken);
        JsonNode header = Json.parse(Base64.getUrlDecoder().decode(token.split("\\.")[0]));

        assertThat(claims.propertyNames()).containsExactly("iss", "aud", "jti", "iat", "nbf", "exp", "server_uuid",
                "permissions", "user_uuid", "user_id", "unique_id");
        assertThat(claims.get("iss").asString()).isEqualTo(emulator.baseUrl());
        assertThat(claims.get("aud").get(0).asString()).isEqualTo("http://127.0.0.1:" + emulator.wingsPort());
        assertThat(claims.get("jti").asString()).isEqualTo(Jwt.md5Hex(owner.id + server.uuid)).isEqualTo(header.get("jti").asString());
        assertThat(claims.get("iat").asLong()).isEqualTo(clock.instant().getEpochSecond());
        assertThat(claims.get("nbf").asLong()).isEqualTo(claims.get("iat").asLong() - 300);
        assertThat(claims.get("exp").asLong()).isEqualTo(claims.get("iat").asLong() + 600);
        assertThat(claims.get("server_uuid").asString()).isEqualTo(server.uuid);
        assertThat(claims.get("permissions").get(0).asString()).isEqualTo("*");
        assertThat(claims.get("user_uuid").asString()).isEqualTo(owner.uuid);
        assertThat(claims.get("unique_id").asString()).hasSize(16);
        assertThatThrownBy(() -> Jwt.verify(token, "another-key")).isInstanceOf(Jwt.InvalidTokenException.class);
    }

    @Test
    void firstAuthSendsStatusAndStatsAndReauthOnlySuccess() throws Exception {
        Client socket = connect(emulator.baseUrl());
        String token = credentials().get("token").asString();

        socket.send("send stats");
        assertThat(socket.next()).isEqualTo(frame("jwt error", "jwt: no jwt present"));

        socket.send("auth", token);
        assertThat(socket.next().toString()).isEqualTo("{\"event\":\"auth success\"}");
        assertThat(socket.next()).isEqualTo(frame("status", "offline"));
        JsonNode stats = socket.next();
        assertThat(stats.get("event").asString()).isEqualTo("stats");
        assertThat(stats.at("/args/0").asString()).isEqualTo("{\"memory_bytes\":0,\"memory_limit_bytes\":0,\"cpu_absolute\":0,"
                + "\"network\":{\"rx_bytes\":0,\"tx_bytes\":0},\"uptime\":0,\"state\":\"offline\",\"disk_bytes\":52428800}");

        socket.send("auth", credentials().get("token").asString());
        assertThat(socket.next().toString()).isEqualTo("{\"event\":\"auth success\"}");
        socket.sendNullArgs("send stats");
        assertThat(socket.next().get("event").asString()).isEqualTo("stats");
    }

    @Test
    void badTokensGetWingsErrors() throws Exception {
        Client socket = connect(emulator.baseUrl());
        socket.send("auth", sign(claims(server.uuid, "*"), "not-the-daemon-token"));
        assertThat(socket.next().get("event").asString()).isEqualTo("daemon error");
        assertThat(socket.last().at("/args/0").asString())
                .matches("Error Event \\[[0-9a-f-]{36}]: an unexpected error was encountered while handling this request");

        ObjectNode expired = claims(server.uuid, "*");
        expired.put("exp", START.getEpochSecond() - 1);
        socket.send("auth", sign(expired));
        assertThat(socket.next().get("event").asString()).isEqualTo("jwt error");
        assertThat(socket.last().at("/args/0").asString()).matches("Error Event \\[[0-9a-f-]{36}]: jwt: exp claim is invalid");

        socket.send("auth", sign(claims(server.uuid, "control.console")));
        assertThat(socket.next().at("/args/0").asString()).endsWith("]: jwt: missing connect permission");

        socket.send("auth", "garbage");
        assertThat(socket.next().get("event").asString()).isEqualTo("daemon error");
        socket.sendText("this is not json");
        socket.send("send logs");
        assertThat(socket.next()).isEqualTo(frame("jwt error", "jwt: no jwt present"));

        Client other = connect(emulator.baseUrl());
        other.send("auth", sign(claims("00000000-0000-4000-8000-000000000000", "*")));
        assertThat(other.next().get("event").asString()).isEqualTo("auth success");
        assertThat(other.next()).isEqualTo(frame("jwt error", "jwt: server uuid mismatch"));
    }

    @Test
    void tokenExpiringAndExpiredFollowTheInjectedClock() throws Exception {
        Client socket = authenticated(credentials().get("token").asString());

        clock.advance(Duration.ofSeconds(545));
        assertThat(socket.nextEvent("token expiring").toString()).isEqualTo("{\"event\":\"token expiring\"}");
        clock.advance(Duration.ofSeconds(56));
        assertThat(socket.nextEvent("token expired").toString()).isEqualTo("{\"event\":\"token expired\"}");
        socket.send("send stats");
        assertThat(socket.next()).isEqualTo(frame("jwt error", "jwt: exp claim is invalid"));

        socket.send("auth", credentials().get("token").asString());
        assertThat(socket.next().get("event").asString()).isEqualTo("auth success");
        socket.send("send stats");
        assertThat(socket.next().get("event").asString()).isEqualTo("stats");
    }

    @Test
    void powerCycleMovesThroughTheStatesWithStatusEvents() throws Exception {
        acceptEula();
        Client socket = authenticated(credentials().get("token").asString());

        socket.send("set state", "start");
        assertThat(socket.next()).isEqualTo(frame("status", "starting"));
        assertThat(socket.next().at("/args/0").asString())
                .isEqualTo("\u001b[33m\u001b[1m[Pterodactyl Daemon]:\u001b[39m Checking server disk space usage, this could take a few seconds...\u001b[0m");
        advance(Duration.ofSeconds(1));
        assertThat(socket.nextEvent("console output", "Done (").at("/args/0").asString())
                .isEqualTo("[10:00:03 INFO]: Done (1.000s)! For help, type \"help\"");
        assertThat(socket.nextEvent("status")).isEqualTo(frame("status", "running"));
        synchronized (emulator.state()) {
            assertThat(emulator.state().filesOf(server).get("/server.properties")).as("Minecraft writes its defaults on its first run")
                    .contains("server-port=25565");
        }

        socket.send("set state", "restart");
        assertThat(socket.nextEvent("status")).isEqualTo(frame("status", "stopping"));
        socket.send("set state", "stop");
        assertThat(socket.nextEvent("daemon error").at("/args/0").asString()).endsWith(
                "]: another power action is currently being processed for this server, please try again later");
        advance(Duration.ofSeconds(2));
        assertThat(socket.nextEvent("status")).isEqualTo(frame("status", "offline"));
        assertThat(socket.nextEvent("status")).isEqualTo(frame("status", "starting"));
        assertThat(socket.nextEvent("status")).isEqualTo(frame("status", "running"));

        socket.send("set state", "kill");
        assertThat(socket.nextEvent("status")).isEqualTo(frame("status", "offline"));
        JsonNode stats = Json.MAPPER.readTree(socket.nextEvent("stats").at("/args/0").asString());
        assertThat(stats.get("state").asString()).isEqualTo("offline");
        assertThat(stats.get("memory_bytes").asLong()).isZero();
        assertThat(emulator.wings().powerState(server)).isEqualTo("offline");
    }

    @Test
    void minecraftWithoutAcceptedEulaPrintsThePromptAndStops() throws Exception {
        Client socket = authenticated(credentials().get("token").asString());
        socket.send("set state", "start");
        assertThat(socket.nextEvent("status")).isEqualTo(frame("status", "starting"));
        advance(Duration.ofSeconds(1));
        assertThat(socket.nextEvent("console output", "EULA").at("/args/0").asString()).isEqualTo(
                "[10:00:03 INFO]: You need to agree to the EULA in order to run the server. Go to eula.txt for more info.");
        assertThat(socket.nextEvent("status")).isEqualTo(frame("status", "offline"));
        assertThat(emulator.wings().powerState(server)).isEqualTo("offline");
        synchronized (emulator.state()) {
            assertThat(emulator.state().filesOf(server).get("/eula.txt")).as("Minecraft writes the file to be changed").endsWith("eula=false\n");
        }
    }

    @Test
    void commandsEchoAndAnswerAndLogsReplayTheConsole() throws Exception {
        acceptEula();
        Client socket = authenticated(credentials().get("token").asString());
        socket.send("send command", "say before start");
        socket.send("send logs");
        socket.send("send stats");
        assertThat(socket.next().get("event").asString()).as("offline: command and logs ignored").isEqualTo("stats");

        socket.send("set state", "start");
        socket.nextEvent("status", "starting");
        advance(Duration.ofSeconds(1));
        socket.nextEvent("status", "running");
        socket.send("send command", "say hello world");
        assertThat(socket.nextEvent("console output")).isEqualTo(frame("console output", "> say hello world"));
        assertThat(socket.next()).isEqualTo(frame("console output", "[10:00:03 INFO]: [Server] hello world"));

        assertThat(send("POST", serverPath + "/command", ownerKey, "{\"command\":\"list\"}").statusCode()).isEqualTo(204);
        assertThat(socket.nextEvent("console output")).isEqualTo(frame("console output", "> list"));
        assertThat(socket.next().at("/args/0").asString()).endsWith("There are 0 of a max of 20 players online: ");

        socket.send("send logs");
        List<String> lines = new ArrayList<>();
        JsonNode line;
        do {
            line = socket.nextEvent("console output");
            lines.add(line.at("/args/0").asString());
        } while (!line.at("/args/0").asString().endsWith("There are 0 of a max of 20 players online: "));
        assertThat(lines).first().asString().contains("Checking server disk space usage");
        assertThat(lines).contains("[10:00:03 INFO]: Done (1.000s)! For help, type \"help\"", "> say hello world");

        socket.send("send command", "stop");
        assertThat(socket.nextEvent("status")).isEqualTo(frame("status", "stopping"));
        advance(Duration.ofSeconds(1));
        assertThat(socket.nextEvent("status")).isEqualTo(frame("status", "offline"));
    }

    @Test
    void statsCarryWingsUsageInBothKeyOrders() throws Exception {
        acceptEula();
        Client socket = authenticated(credentials().get("token").asString());
        socket.send("set state", "start");
        socket.nextEvent("status", "starting");
        advance(Duration.ofSeconds(1));
        socket.nextEvent("status", "running");
        clock.advance(Duration.ofMillis(4500));
        socket.send("send stats");
        // The reply keeps Wings' struct order; the periodic stats of the event bus come with sorted keys.
        String reply = socket.nextEvent("stats", "{\"memory_bytes\"").at("/args/0").asString();
        assertThat(Json.MAPPER.readTree(reply).propertyNames()).containsExactly("memory_bytes", "memory_limit_bytes",
                "cpu_absolute", "network", "uptime", "state", "disk_bytes");
        JsonNode stats = Json.MAPPER.readTree(reply);
        assertThat(stats.get("memory_limit_bytes").asLong()).isEqualTo(1024L * 1024 * 1024);
        assertThat(stats.get("cpu_absolute").isNumber()).isTrue();
        assertThat(stats.at("/network").propertyNames()).containsExactly("rx_bytes", "tx_bytes");
        assertThat(stats.get("uptime").asLong()).isEqualTo(5500);
        assertThat(stats.get("state").asString()).isEqualTo("running");

        clock.advance(Duration.ofSeconds(1));
        String periodic = socket.nextEvent("stats", "{\"cpu_absolute\"").at("/args/0").asString();
        assertThat(Json.MAPPER.readTree(periodic).propertyNames()).containsExactly("cpu_absolute", "disk_bytes", "memory_bytes",
                "memory_limit_bytes", "network", "state", "uptime");
    }

    @Test
    void permissionsOfTheTokenAreEnforced() throws Exception {
        acceptEula();
        Client socket = authenticated(sign(claims(server.uuid, "websocket.connect")));
        socket.send("set state", "start");
        socket.send("send stats");
        assertThat(socket.next().get("event").asString()).as("start without control.start is ignored").isEqualTo("stats");
        assertThat(emulator.wings().powerState(server)).isEqualTo("offline");

        socket.send("auth", sign(claims(server.uuid, "websocket.connect", "control.start")));
        socket.nextEvent("auth success");
        socket.send("set state", "start");
        assertThat(socket.nextEvent("status")).isEqualTo(frame("status", "starting"));
        socket.send("send command", "say hi");
        socket.send("set state", "kill");
        socket.send("send stats");
        List<JsonNode> frames = socket.until("stats", "{\"memory_bytes\"");
        assertThat(frames).as("command and kill without their permissions are ignored")
                .noneMatch(f -> f.get("event").asString().equals("status") || f.at("/args/0").asString("").equals("> say hi"));
        assertThat(emulator.wings().powerState(server)).isEqualTo("starting");

        socket.send("set state", "explode");
        assertThat(socket.nextEvent("daemon error").at("/args/0").asString())
                .endsWith("]: an unexpected error was encountered while handling this request");
    }

    @Test
    void originAndServerAreCheckedBeforeTheUpgrade() throws Exception {
        assertThat(handshakeStatus("https://evil.example.test", server.uuid)).isEqualTo(403);
        assertThat(handshakeStatus(emulator.baseUrl() + "/", server.uuid)).as("a trailing slash is another origin").isEqualTo(403);
        assertThat(handshakeStatus(emulator.baseUrl(), "00000000-0000-4000-8000-000000000000")).isEqualTo(404);
        Client allowed = connect("https://billing.example.test");
        allowed.send("auth", credentials().get("token").asString());
        assertThat(allowed.next().get("event").asString()).isEqualTo("auth success");
    }

    @Test
    void restPowerAndTheSocketShareOneState() throws Exception {
        acceptEula();
        Client socket = authenticated(credentials().get("token").asString());

        assertThat(send("POST", serverPath + "/power", ownerKey, "{\"signal\":\"start\"}").statusCode()).isEqualTo(204);
        assertThat(socket.nextEvent("status")).isEqualTo(frame("status", "starting"));
        advance(Duration.ofSeconds(1));
        assertThat(socket.nextEvent("status")).isEqualTo(frame("status", "running"));
        assertThat(resourcesState()).isEqualTo("running");

        socket.send("set state", "stop");
        assertThat(socket.nextEvent("status")).isEqualTo(frame("status", "stopping"));
        assertThat(send("POST", serverPath + "/power", ownerKey, "{\"signal\":\"start\"}").statusCode())
                .as("waits for the power lock").isEqualTo(204);
        advance(Duration.ofSeconds(1));
        assertThat(socket.nextEvent("status")).isEqualTo(frame("status", "offline"));
        assertThat(socket.nextEvent("status")).isEqualTo(frame("status", "starting"));
        clock.advance(Duration.ofSeconds(21));
        assertThat(resourcesState()).isEqualTo("running");
        assertThat(socket.nextEvent("status")).isEqualTo(frame("status", "running"));

        assertThat(send("POST", serverPath + "/power", ownerKey, "{\"signal\":\"kill\"}").statusCode()).isEqualTo(204);
        assertThat(socket.nextEvent("status")).isEqualTo(frame("status", "offline"));
        assertThat(send("POST", serverPath + "/command", ownerKey, "{\"command\":\"say hi\"}").statusCode()).isEqualTo(502);
    }

    @Test
    void changedSubuserPermissionsDenyTheOldToken() throws Exception {
        User member;
        String memberKey;
        synchronized (emulator.state()) {
            member = emulator.state().createUser("member@example.test", "member", "M", "Ember", "pw", false);
            memberKey = emulator.state().createKey(member, ApiKey.Type.CLIENT, "member", List.of()).token();
        }
        HttpResponse<String> added = send("POST", serverPath + "/users", ownerKey,
                "{\"email\":\"member@example.test\",\"permissions\":[\"control.console\"]}");
        assertThat(added.statusCode()).isEqualTo(200);
        String subuser = Json.MAPPER.readTree(added.body()).at("/attributes/uuid").asString();
        JsonNode data = Json.MAPPER.readTree(send("GET", serverPath + "/websocket", memberKey, null).body()).get("data");
        Client socket = authenticated(data.get("token").asString());

        clock.advance(Duration.ofSeconds(5));
        assertThat(send("POST", serverPath + "/users/" + subuser, ownerKey, "{\"permissions\":[\"control.start\"]}").statusCode())
                .isEqualTo(200);
        socket.send("send stats");
        assertThat(socket.next()).isEqualTo(frame("jwt error", "jwt: created too far in past (denylist)"));
    }

    @Test
    void deletingTheServerSendsDeletedAndClosesTheSocket() throws Exception {
        Client socket = authenticated(credentials().get("token").asString());
        assertThat(send("DELETE", "/api/application/servers/" + server.id, emulator.applicationKey(), null).statusCode())
                .isEqualTo(204);
        emulator.tick();
        assertThat(socket.nextEvent("deleted")).isEqualTo(frame("deleted", "null"));
        assertThat(socket.closed.get(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(1001);
    }

    // ---- helpers ----

    private void acceptEula() throws Exception {
        assertThat(send("POST", serverPath + "/files/write?file=%2Feula.txt", ownerKey, "eula=true\n").statusCode()).isEqualTo(204);
    }

    private String resourcesState() throws Exception {
        return Json.MAPPER.readTree(send("GET", serverPath + "/resources", ownerKey, null).body()).at("/attributes/current_state").asString();
    }

    private void advance(Duration duration) {
        clock.advance(duration);
        emulator.tick();
    }

    private JsonNode credentials() throws Exception {
        HttpResponse<String> response = send("GET", serverPath + "/websocket", ownerKey, null);
        assertThat(response.statusCode()).isEqualTo(200);
        return Json.MAPPER.readTree(response.body()).get("data");
    }

    private ObjectNode claims(String serverUuid, String... permissions) {
        long now = clock.instant().getEpochSecond();
        ObjectNode claims = Json.object();
        claims.put("iss", emulator.baseUrl());
        claims.put("iat", now);
        claims.put("exp", now + 600);
        claims.put("server_uuid", serverUuid);
        var list = claims.putArray("permissions");
        List.of(permissions).forEach(list::add);
        claims.put("user_uuid", owner.uuid);
        return claims;
    }

    private String sign(ObjectNode claims) {
        return sign(claims, emulator.state().nodes.get(1L).daemonToken);
    }

    private static String sign(ObjectNode claims, String key) {
        return Jwt.sign(claims, "test", key);
    }

    private HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        return owned.send(method, path, token, body);
    }

    private static JsonNode frame(String event, String... args) {
        ObjectNode frame = Json.object();
        frame.put("event", event);
        var list = frame.putArray("args");
        List.of(args).forEach(list::add);
        return frame;
    }

    private URI socketUri(String serverUuid) {
        return URI.create("ws://127.0.0.1:" + emulator.wingsPort() + "/api/servers/" + serverUuid + "/ws");
    }

    private Client connect(String origin) throws Exception {
        Client client = new Client();
        client.socket = owned.http().newWebSocketBuilder().header("Origin", origin).buildAsync(socketUri(server.uuid), client)
                .get(WAIT.toSeconds(), TimeUnit.SECONDS);
        clients.add(client);
        return client;
    }

    private Client authenticated(String token) throws Exception {
        Client client = connect(emulator.baseUrl());
        client.send("auth", token);
        assertThat(client.next().get("event").asString()).isEqualTo("auth success");
        JsonNode status = client.next();
        assertThat(status.get("event").asString()).isEqualTo("status");
        if (status.at("/args/0").asString().equals("offline")) {
            assertThat(client.next().get("event").asString()).isEqualTo("stats");
        }
        return client;
    }

    private int handshakeStatus(String origin, String serverUuid) {
        try {
            owned.http().newWebSocketBuilder().header("Origin", origin).buildAsync(socketUri(serverUuid), new Client())
                    .get(WAIT.toSeconds(), TimeUnit.SECONDS).abort();
            return 101;
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(WebSocketHandshakeException.class);
            return ((WebSocketHandshakeException) e.getCause()).getResponse().statusCode();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** A websocket client that queues every text message as JSON. */
    private static final class Client implements WebSocket.Listener {
        final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
        final CompletableFuture<Integer> closed = new CompletableFuture<>();
        private final StringBuilder partial = new StringBuilder();
        private WebSocket socket;
        private JsonNode last;

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean complete) {
            partial.append(data);
            if (complete) {
                frames.add(Json.MAPPER.readTree(partial.toString()));
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        void send(String event, String... args) {
            ObjectNode frame = Json.object();
            frame.put("event", event);
            var list = frame.putArray("args");
            List.of(args).forEach(list::add);
            sendText(frame.toString());
        }

        void sendNullArgs(String event) {
            sendText("{\"event\":\"" + event + "\",\"args\":[null]}");
        }

        void sendText(String text) {
            socket.sendText(text, true).join();
        }

        JsonNode next() throws InterruptedException {
            last = frames.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            if (last == null) {
                fail("no frame within " + WAIT);
            }
            return last;
        }

        JsonNode last() {
            return last;
        }

        /** Skips frames until one with this event (and, if given, a first argument containing the text). */
        JsonNode nextEvent(String event, String... argContains) throws InterruptedException {
            while (true) {
                JsonNode frame = next();
                if (frame.get("event").asString().equals(event)
                        && (argContains.length == 0 || frame.at("/args/0").asString("").contains(argContains[0]))) {
                    return frame;
                }
            }
        }

        /** The frames up to and including the next one with this event and first argument text. */
        List<JsonNode> until(String event, String argContains) throws InterruptedException {
            List<JsonNode> seen = new ArrayList<>();
            while (true) {
                JsonNode frame = next();
                seen.add(frame);
                if (frame.get("event").asString().equals(event) && frame.at("/args/0").asString("").contains(argContains)) {
                    return seen;
                }
            }
        }

        List<JsonNode> drain() {
            List<JsonNode> drained = new ArrayList<>();
            frames.drainTo(drained);
            return drained;
        }

        void abort() {
            if (socket != null) {
                socket.abort();
            }
        }
    }
}
