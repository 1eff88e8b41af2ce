package io.pteroca.panel.console;

import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.pterodactyl.ServersAsOwner;
import io.pteroca.panel.server.ServerConsoles;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import tools.jackson.databind.json.JsonMapper;

/** The browser end of the console relay: one {@link ConsoleRelay} per open socket. */
@Component
class ConsoleSocketHandler extends TextWebSocketHandler implements DisposableBean {

    static final String CONSOLE = "console";
    static final String SESSION_VERSION = "sessionVersion";
    private static final String RELAY = ConsoleRelay.class.getName();
    /** A browser slower than this to take a message is dropped rather than holding up Wings' stream. */
    private static final int SEND_TIME_LIMIT_MILLIS = 10_000;
    /** Console output queued for a slow browser; beyond it the oldest lines are dropped. */
    private static final int BUFFER_LIMIT_BYTES = 512 * 1024;

    private final ServerConsoles consoles;
    private final ServersAsOwner pterodactyl;
    private final Accounts accounts;
    private final ConsoleSockets open;
    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ExecutorService renewals = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "console-token-renewal");
        thread.setDaemon(true);
        return thread;
    });

    ConsoleSocketHandler(ServerConsoles consoles, ServersAsOwner pterodactyl, Accounts accounts, ConsoleSockets open) {
        this.accounts = accounts;
        this.open = open;
        this.consoles = consoles;
        this.pterodactyl = pterodactyl;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        WebSocketSession browser = new ConcurrentWebSocketSessionDecorator(session, SEND_TIME_LIMIT_MILLIS, BUFFER_LIMIT_BYTES,
                ConcurrentWebSocketSessionDecorator.OverflowStrategy.DROP);
        ServerConsoles.Console console = (ServerConsoles.Console) session.getAttributes().get(CONSOLE);
        int sessionVersion = (Integer) session.getAttributes().get(SESSION_VERSION);
        ConsoleRelay relay = new ConsoleRelay(console, consoles, browser, json, renewals,
                () -> accounts.sessionState(console.accountId(), sessionVersion).valid());
        session.getAttributes().put(RELAY, relay);
        open.opened(console.accountId(), relay);
        // Registered first and checked in start(): a session that ends during the handshake is not missed.
        relay.start(http, pterodactyl.panelOrigin());
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) {
        relay(session).fromBrowser(message.getPayload());
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        ConsoleRelay relay = relay(session);
        relay.close();
        open.closed(((ServerConsoles.Console) session.getAttributes().get(CONSOLE)).accountId(), relay);
    }

    private static ConsoleRelay relay(WebSocketSession session) {
        return (ConsoleRelay) session.getAttributes().get(RELAY);
    }

    @Override
    public void destroy() {
        renewals.shutdownNow();
    }
}
