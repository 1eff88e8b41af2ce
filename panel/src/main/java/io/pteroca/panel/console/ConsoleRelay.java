package io.pteroca.panel.console;

import io.pteroca.panel.pterodactyl.ConsoleCredentials;
import io.pteroca.panel.server.PowerSignals;
import io.pteroca.panel.server.ServerConsoles;
import java.io.IOException;
import java.net.http.HttpClient;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser's console, relayed to Wings. The browser speaks Wings' own protocol without the authentication, which
 * the relay does with a token minted by the owner's key and renews before it expires. Every command and power action
 * is checked against the viewer's permissions first; Wings' events go back as Wings itself would send them to the
 * viewer's own token (backup completions only with {@code backup.read}; install output, transfer logs and error
 * details only to admins), plus a few of our own:
 * {@code pteroca connected}, {@code pteroca denied} (with the missing permission) and {@code pteroca eula}.
 * The viewer's session is checked too: once the account is blocked or deleted, or its sessions were ended (password
 * changed or reset), the socket closes with {@link #SESSION_ENDED}, at once when this instance hears of it and at the
 * latest on the next message or token renewal.
 */
final class ConsoleRelay {

    static final CloseStatus WINGS_GONE = new CloseStatus(4000, "The connection to the server was lost.");
    static final CloseStatus TOKEN_REFUSED = new CloseStatus(4001, "Wings refused the console token.");
    static final CloseStatus WINGS_UNREACHABLE = new CloseStatus(4002, "The server's node cannot be reached.");
    static final CloseStatus SESSION_ENDED = new CloseStatus(4003, "Your session has ended. Please sign in again.");

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleRelay.class);
    private static final Pattern EULA_NOTICE = Pattern.compile("agree to the EULA", Pattern.CASE_INSENSITIVE);
    private static final int MAX_COMMAND = 1000;
    private static final String STATS = "{\"event\":\"stats\"";
    private static final String CONSOLE_OUTPUT = "{\"event\":\"console output\"";
    /** What Wings says instead of an error's details to a token without admin.websocket.errors. */
    private static final String GENERIC_ERROR = "An unexpected error was encountered while handling this request";

    private final ServerConsoles.Console console;
    private final ServerConsoles consoles;
    private final WebSocketSession browser;
    private final ObjectMapper json;
    private final Executor renewals;
    private final BooleanSupplier sessionLive;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicBoolean renewing = new AtomicBoolean();
    /**
     * Shared while messages go to the browser, exclusive for the close: Tomcat cannot write the close frame while
     * another thread writes a message, and then drops the connection without it (the browser sees 1006, not our
     * code). Messages still go through the session's decorator side by side, which buffers them.
     */
    private final ReadWriteLock browserWrites = new ReentrantReadWriteLock();
    private volatile WingsSocket wings;
    private volatile boolean connected;

    ConsoleRelay(ServerConsoles.Console console, ServerConsoles consoles, WebSocketSession browser, ObjectMapper json,
                 Executor renewals, BooleanSupplier sessionLive) {
        this.sessionLive = sessionLive;
        this.console = console;
        this.consoles = consoles;
        this.browser = browser;
        this.json = json;
        this.renewals = renewals;
    }

    /** Asks Pterodactyl for the credentials, connects to Wings and authenticates. */
    void start(HttpClient http, String origin) {
        if (!sessionStillLive()) {
            return;
        }
        ConsoleCredentials credentials;
        try {
            credentials = consoles.ownerCredentials(console);
        } catch (RuntimeException failed) {
            LOG.info("No console credentials for server {}: {}", console.serverId(), failed.getMessage());
            closeBrowser(WINGS_UNREACHABLE);
            return;
        }
        WingsSocket.connect(http, credentials.socket(), origin, this::fromWings, reason -> closeBrowser(WINGS_GONE))
                .whenComplete((socket, failure) -> {
                    if (failure != null) {
                        LOG.info("Wings refused the console of server {}: {}", console.serverId(), failure.getMessage());
                        closeBrowser(WINGS_UNREACHABLE);
                    } else if (closed.get()) {
                        socket.close();
                    } else {
                        wings = socket;
                        toWings("auth", credentials.token());
                    }
                });
    }

    void fromBrowser(String text) {
        JsonNode message = parse(text);
        if (message == null || !sessionStillLive()) {
            return;
        }
        String event = message.path("event").asString("");
        String argument = message.path("args").path(0).asString("");
        if (!connected) {
            toBrowser(event("pteroca error", "not connected yet"));
            return;
        }
        switch (event) {
            case "send command" -> {
                if (argument.isBlank() || argument.length() > MAX_COMMAND) {
                    toBrowser(event("pteroca error", "invalid command"));
                } else if (allowed("control.console")) {
                    toWings(event, argument);
                    consoles.auditAdminAction(console, remoteAddress(), "command: " + argument);
                }
            }
            case "set state" -> {
                String permission = PowerSignals.permission(argument);
                if (permission == null) {
                    toBrowser(event("pteroca error", "invalid power action"));
                } else if (allowed(permission)) {
                    toWings(event, argument);
                    consoles.powerSent(console, argument);
                    consoles.auditAdminAction(console, remoteAddress(), "power: " + argument);
                }
            }
            case "send logs", "send stats" -> toWings(event, null);
            default -> toBrowser(event("pteroca error", "unknown event"));
        }
    }

    private boolean allowed(String permission) {
        if (consoles.permits(console, permission)) {
            return true;
        }
        toBrowser(event("pteroca denied", permission));
        return false;
    }

    void fromWings(String text) {
        // Wings sends the event name first; the two frequent events go through without being parsed.
        if (text.startsWith(STATS)) {
            toBrowser(text);
            return;
        }
        if (text.startsWith(CONSOLE_OUTPUT) && !text.contains("EULA")) {
            toBrowser(text);
            return;
        }
        JsonNode message = parse(text);
        if (message == null) {
            return;
        }
        switch (message.path("event").asString("")) {
            case "auth success" -> {
                if (!connected) {
                    connected = true;
                    toBrowser(event("pteroca connected", null));
                    toWings("send logs", null);
                }
            }
            case "token expiring", "token expired" -> renewToken();
            case "jwt error" -> {
                LOG.info("Wings refused the console token of server {}: {}", console.serverId(), message.path("args").path(0));
                closeBrowser(TOKEN_REFUSED);
            }
            case "console output" -> {
                toBrowser(text);
                if (EULA_NOTICE.matcher(message.path("args").path(0).asString("")).find()) {
                    toBrowser(event("pteroca eula", null));
                }
            }
            // What Wings keeps from tokens without admin.websocket.* (our token is the owner's, not the viewer's).
            case "install output", "transfer logs", "transfer status" -> {
                if (consoles.viewerIsAdmin(console)) {
                    toBrowser(text);
                }
            }
            case "daemon error" -> toBrowser(consoles.viewerIsAdmin(console) ? text : event("daemon error", GENERIC_ERROR));
            default -> {
                if (!message.path("event").asString("").startsWith("backup completed") || consoles.permits(console, "backup.read")) {
                    toBrowser(text);
                }
            }
        }
    }

    /** Wings warns a minute ahead; a fresh token is fetched off Wings' listener thread and sent as a new auth. */
    private void renewToken() {
        if (!renewing.compareAndSet(false, true)) {
            return;
        }
        renewals.execute(() -> {
            try {
                if (!sessionStillLive()) {
                    return;
                }
                toWings("auth", consoles.ownerCredentials(console).token());
            } catch (RuntimeException failed) {
                LOG.info("Could not renew the console token of server {}: {}", console.serverId(), failed.getMessage());
            } finally {
                renewing.set(false);
            }
        });
    }

    /** The account's sessions ended elsewhere (blocked, deleted, password changed): the console goes with them. */
    void sessionEnded() {
        closeBrowser(SESSION_ENDED);
    }

    private boolean sessionStillLive() {
        if (sessionLive.getAsBoolean()) {
            return true;
        }
        closeBrowser(SESSION_ENDED);
        return false;
    }

    /** The browser left: Wings is told at once. */
    void close() {
        if (closed.compareAndSet(false, true) && wings != null) {
            wings.close();
        }
    }

    private void closeBrowser(CloseStatus status) {
        if (closed.compareAndSet(false, true)) {
            if (wings != null) {
                wings.close();
            }
            browserWrites.writeLock().lock();
            try {
                browser.close(status);
            } catch (IOException alreadyGone) {
                // nothing left to tell
            } finally {
                browserWrites.writeLock().unlock();
            }
        }
    }

    private void toWings(String event, String argument) {
        WingsSocket socket = wings;
        if (socket == null || closed.get()) {
            return;
        }
        try {
            socket.send(event(event, argument));
        } catch (RuntimeException failed) {
            closeBrowser(WINGS_GONE);
        }
    }

    private void toBrowser(String text) {
        browserWrites.readLock().lock();
        try {
            if (closed.get() || !browser.isOpen()) {
                return;
            }
            browser.sendMessage(new TextMessage(text));
        } catch (IOException | RuntimeException failed) {
            close();
        } finally {
            browserWrites.readLock().unlock();
        }
    }

    private String remoteAddress() {
        return browser.getRemoteAddress() == null ? null : browser.getRemoteAddress().getAddress().getHostAddress();
    }

    private String event(String event, String argument) {
        ObjectNode message = json.createObjectNode().put("event", event);
        if (argument != null) {
            message.putArray("args").add(argument);
        }
        return json.writeValueAsString(message);
    }

    private JsonNode parse(String text) {
        try {
            JsonNode node = json.readTree(text);
            return node != null && node.isObject() ? node : null;
        } catch (JacksonException junk) {
            return null;
        }
    }
}
