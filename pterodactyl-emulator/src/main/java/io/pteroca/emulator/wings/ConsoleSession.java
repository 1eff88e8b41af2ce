package io.pteroca.emulator.wings;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.pteroca.emulator.http.Json;
import io.pteroca.emulator.state.EmulatorState;
import io.pteroca.emulator.state.Node;
import io.pteroca.emulator.state.Server;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Wings' websocket protocol for one connection to one server: authentication with the
 * panel's JWT, the inbound events, and the server's events going out. Everything runs under the
 * {@link EmulatorState} monitor; frames are only queued here, never written.
 */
final class ConsoleSession {

    static final String NO_JWT = "jwt: no jwt present";
    static final String EXPIRED = "jwt: exp claim is invalid";
    static final String NO_CONNECT = "jwt: missing connect permission";
    static final String UUID_MISMATCH = "jwt: server uuid mismatch";
    static final String DENYLISTED = "jwt: created too far in past (denylist)";
    private static final String GENERIC = "an unexpected error was encountered while handling this request";
    private static final Duration TOKEN_CHECK_INTERVAL = Duration.ofSeconds(30);
    private static final Map<String, String> POWER_PERMISSIONS = Map.of(
            "start", "control.start", "stop", "control.stop", "restart", "control.restart", "kill", "control.stop");

    private final EmulatorState state;
    private final WingsSimulator wings;
    private final String serverUuid;
    private final WebSocketConnection connection;
    private final Runnable tokenAccepted;
    private ObjectNode jwt;
    private Runnable unsubscribe;
    private Instant lastTokenCheck;

    ConsoleSession(EmulatorState state, WingsSimulator wings, String serverUuid, WebSocketConnection connection,
                   Runnable tokenAccepted) {
        this.state = state;
        this.wings = wings;
        this.serverUuid = serverUuid;
        this.connection = connection;
        this.tokenAccepted = tokenAccepted;
    }

    String serverUuid() {
        return serverUuid;
    }

    /** One inbound text frame; what is not {"event":"…","args":[…]} is ignored, as Wings does. */
    void onText(String text) {
        JsonNode message;
        try {
            message = Json.MAPPER.readTree(text);
        } catch (JacksonException e) {
            return;
        }
        if (message == null || !message.isObject() || !message.path("event").isString()) {
            return;
        }
        StringBuilder argument = new StringBuilder();
        if (message.path("args").isArray()) {
            for (JsonNode arg : message.get("args")) {
                if (arg.isString()) {
                    argument.append(arg.asString());
                } else if (!arg.isNull()) {
                    argument.append(arg.toString());
                }
            }
        }
        synchronized (state) {
            handle(message.get("event").asString(), argument.toString());
        }
    }

    private void handle(String event, String argument) {
        if (!event.equals("auth")) {
            String invalid = tokenError();
            if (invalid != null) {
                sendRaw("jwt error", invalid);
                return;
            }
        }
        Server server = server();
        if (server == null) {
            return;
        }
        switch (event) {
            case "auth" -> authenticate(server, argument);
            case "set state" -> setState(server, argument);
            case "send command" -> {
                if (has("control.console")) {
                    wings.console(server, argument);
                }
            }
            case "send logs" -> {
                if (wings.acceptsCommands(server)) {
                    wings.consoleLog(server).forEach(line -> send("console output", line));
                }
            }
            case "send stats" -> send("stats", wings.statsJson(server, false));
            default -> {
            }
        }
    }

    private void authenticate(Server server, String token) {
        Node node = state.nodes.get(server.nodeId);
        ObjectNode claims;
        try {
            claims = Jwt.verify(token, node.daemonToken);
        } catch (Jwt.InvalidTokenException e) {
            // Not one of Wings' JWT errors: only tokens with admin.websocket.errors see the real text.
            error(e.getMessage(), false);
            return;
        }
        if (expired(claims)) {
            error(EXPIRED, true);
            return;
        }
        if (wings.denylisted(claims.path("jti").asString(""), claims.path("iat").asLong(0))) {
            error(DENYLISTED, true);
            return;
        }
        if (!has(claims, "websocket.connect")) {
            error(NO_CONNECT, true);
            return;
        }
        boolean first = jwt == null;
        jwt = claims;
        lastTokenCheck = state.clock().instant();
        sendRaw("auth success");
        tokenAccepted.run();
        if (first) {
            unsubscribe = wings.subscribe(serverUuid, e -> send(e.name(), e.args().toArray(String[]::new)));
            String power = wings.powerState(server);
            send("status", power);
            if (WingsSimulator.OFFLINE.equals(power) && !Server.INSTALLING.equals(server.status)) {
                send("stats", wings.statsJson(server, false));
            }
        }
    }

    private void setState(Server server, String action) {
        String permission = POWER_PERMISSIONS.get(action);
        if (permission == null) {
            error("websocket/handler: invalid power action \"" + action + "\"", false);
            return;
        }
        if (!has(permission)) {
            // Wings ignores power actions the token does not allow, without an answer.
            return;
        }
        if (Server.INSTALLING.equals(server.status) || Server.RESTORING.equals(server.status)) {
            error(Server.INSTALLING.equals(server.status) ? "server is currently installing" : "server is currently restoring", false);
            return;
        }
        if (server.suspended() && (action.equals("start") || action.equals("restart"))) {
            error("server is currently in a suspended state", false);
            return;
        }
        if (!wings.trySetState(server, action)) {
            send("daemon error", errorEvent("another power action is currently being processed for this server, please try again later"));
        }
    }

    /** Wings' 30-second check of the connection's token: `token expiring` at 60 s or less, then `token expired`. */
    void checkToken(Instant now) {
        if (jwt == null || !connection.isOpen() || now.isBefore(lastTokenCheck.plus(TOKEN_CHECK_INTERVAL))) {
            return;
        }
        lastTokenCheck = now;
        long remaining = jwt.path("exp").asLong(0) - now.getEpochSecond();
        if (remaining <= 0) {
            sendRaw("token expired");
        } else if (remaining <= 60) {
            send("token expiring");
        }
    }

    /** The server was deleted: Wings publishes `deleted` and closes the socket. */
    void serverDeleted() {
        send("deleted", "null");
        connection.close(WebSocketConnection.GOING_AWAY, "server deleted");
    }

    void closed() {
        synchronized (state) {
            if (unsubscribe != null) {
                unsubscribe.run();
                unsubscribe = null;
            }
        }
    }

    private Server server() {
        return state.servers.values().stream().filter(s -> s.uuid.equals(serverUuid)).findFirst().orElse(null);
    }

    /** Why the connection's token no longer allows messages, or null while it does. */
    private String tokenError() {
        if (jwt == null) {
            return NO_JWT;
        }
        if (expired(jwt)) {
            return EXPIRED;
        }
        if (wings.denylisted(jwt.path("jti").asString(""), jwt.path("iat").asLong(0))) {
            return DENYLISTED;
        }
        if (!has(jwt, "websocket.connect")) {
            return NO_CONNECT;
        }
        if (!serverUuid.equals(jwt.path("server_uuid").asString(""))) {
            return UUID_MISMATCH;
        }
        return null;
    }

    private boolean expired(ObjectNode claims) {
        return Jwt.expired(claims, state.clock().instant());
    }

    private boolean has(String permission) {
        return jwt != null && has(jwt, permission);
    }

    /** Wings' rule: the exact key, or "*" for everything except the admin.* keys. */
    private static boolean has(ObjectNode claims, String permission) {
        for (JsonNode key : claims.path("permissions")) {
            String k = key.asString("");
            if (k.equals(permission) || (k.equals("*") && !permission.startsWith("admin"))) {
                return true;
            }
        }
        return false;
    }

    private void error(String text, boolean jwtError) {
        boolean reveal = jwtError || has("admin.websocket.errors");
        sendRaw(jwtError ? "jwt error" : "daemon error", errorEvent(reveal ? text : GENERIC));
    }

    private static String errorEvent(String text) {
        return "Error Event [" + UUID.randomUUID() + "]: " + text;
    }

    /** Wings' SendJson: nothing but a `jwt error` goes out while the token is not valid. */
    private void send(String event, String... args) {
        String invalid = tokenError();
        if (invalid != null) {
            sendRaw("jwt error", invalid);
        } else {
            sendRaw(event, args);
        }
    }

    private void sendRaw(String event, String... args) {
        ObjectNode message = Json.object();
        message.put("event", event);
        if (args.length > 0) {
            ArrayNode array = message.putArray("args");
            List.of(args).forEach(array::add);
        }
        connection.sendText(Json.MAPPER.writeValueAsString(message));
    }
}
