package io.pteroca.panel.console;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The panel's side of one connection to Wings' websocket (JDK client): whole text messages in, text out one at a
 * time (the JDK allows one outstanding send), and a single callback when the connection ends for any reason.
 */
final class WingsSocket {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final long SEND_TIMEOUT_SECONDS = 10;

    private final WebSocket socket;

    private WingsSocket(WebSocket socket) {
        this.socket = socket;
    }

    /**
     * Connects with Pterodactyl's origin (Wings accepts only its panel's); onText gets each whole message, onClosed
     * runs once with a reason when Wings closes, fails or is closed by us.
     */
    static CompletableFuture<WingsSocket> connect(HttpClient http, String url, String origin, Consumer<String> onText,
                                                  Consumer<String> onClosed) {
        Listener listener = new Listener(onText, onClosed);
        return http.newWebSocketBuilder().connectTimeout(CONNECT_TIMEOUT).header("Origin", origin)
                .buildAsync(URI.create(url), listener).thenApply(WingsSocket::new);
    }

    synchronized void send(String text) {
        if (!socket.isOutputClosed()) {
            socket.sendText(text, true).orTimeout(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS).join();
        }
    }

    void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "console closed").orTimeout(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                    .whenComplete((done, failed) -> socket.abort());
        } else {
            socket.abort();
        }
    }

    private static final class Listener implements WebSocket.Listener {

        private final Consumer<String> onText;
        private final Consumer<String> onClosed;
        private final StringBuilder partial = new StringBuilder();
        private boolean ended;

        Listener(Consumer<String> onText, Consumer<String> onClosed) {
            this.onText = onText;
            this.onClosed = onClosed;
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String message = partial.toString();
                partial.setLength(0);
                onText.accept(message);
            }
            socket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
            end("closed by Wings (" + statusCode + ")");
            return null;
        }

        @Override
        public void onError(WebSocket socket, Throwable error) {
            end("connection to Wings failed");
        }

        private synchronized void end(String reason) {
            if (!ended) {
                ended = true;
                onClosed.accept(reason);
            }
        }
    }
}
