package io.pteroca.panel.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A browser's end of a server console: the panel's websocket with the session cookie, messages queued as JSON. */
public final class ConsoleSocket implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration SAFETY_NET = Duration.ofMinutes(1);

    private final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final WebSocket socket;

    private ConsoleSocket(String url, String cookie, String origin) {
        WebSocket.Builder builder = HTTP.newWebSocketBuilder().connectTimeout(SAFETY_NET);
        if (cookie != null && !cookie.isEmpty()) {
            builder.header("Cookie", cookie);
        }
        if (origin != null) {
            builder.header("Origin", origin);
        }
        socket = builder.buildAsync(URI.create(url), new Listener()).join();
    }

    /** Opens the console of a server as the signed-in user of this session. */
    public static ConsoleSocket open(WebSession session, long serverId) {
        return open(session, serverId, null);
    }

    /** The same with an Origin header, as a browser sends it. */
    public static ConsoleSocket open(WebSession session, long serverId, String origin) {
        return new ConsoleSocket(session.baseUrl().replaceFirst("^http", "ws") + "/servers/" + serverId + "/console/socket",
                session.cookieHeader(), origin);
    }

    public static ConsoleSocket openUrl(String url, String cookie, String origin) {
        return new ConsoleSocket(url, cookie, origin);
    }

    public void send(String event, String argument) {
        ObjectNode message = JSON.createObjectNode().put("event", event);
        if (argument != null) {
            message.putArray("args").add(argument);
        }
        sendRaw(JSON.writeValueAsString(message));
    }

    public synchronized void sendRaw(String text) {
        socket.sendText(text, true).join();
    }

    /**
     * The next message matching the predicate (others are skipped). Every caller awaits a message that is certain to
     * come; the safety net only ends a test whose message never comes, and a slow machine never comes near it.
     */
    public JsonNode await(Predicate<JsonNode> wanted) {
        long deadline = System.nanoTime() + SAFETY_NET.toNanos();
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                JsonNode next = left <= 0 ? null : received.poll(left, TimeUnit.NANOSECONDS);
                if (next == null) {
                    throw new AssertionError("no matching console message within " + SAFETY_NET);
                }
                if (wanted.test(next)) {
                    return next;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public JsonNode awaitEvent(String event) {
        return await(message -> event.equals(message.path("event").asString()));
    }

    /** The next power state Wings reports with this value, e.g. "running". */
    public JsonNode awaitStatus(String state) {
        return await(message -> "status".equals(message.path("event").asString())
                && state.equals(message.path("args").path(0).asString()));
    }

    /** The next console line containing this text. */
    public JsonNode awaitOutput(String text) {
        return await(message -> "console output".equals(message.path("event").asString())
                && message.path("args").path(0).asString().contains(text));
    }

    /**
     * Returns once the panel has handled every message sent before: it handles one socket's messages one after the
     * other, and answers this one (an event it does not know) only after the earlier ones are done.
     */
    public void roundTrip() {
        send("pteroca round trip", null);
        await(message -> "pteroca error".equals(message.path("event").asString())
                && "unknown event".equals(message.path("args").path(0).asString()));
    }

    /** Messages received and not yet taken, dropped. */
    public void drain() {
        received.clear();
    }

    /** The close code the panel sent, waiting for it. */
    public int awaitClose() {
        return closed.orTimeout(SAFETY_NET.toMillis(), TimeUnit.MILLISECONDS).join();
    }

    public boolean isClosed() {
        return closed.isDone();
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").orTimeout(5, TimeUnit.SECONDS).exceptionally(failed -> null).join();
        }
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {

        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                received.add(JSON.readTree(partial.toString()));
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

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete(-1);
        }
    }
}
