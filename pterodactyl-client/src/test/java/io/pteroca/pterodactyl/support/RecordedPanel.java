package io.pteroca.pterodactyl.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.pteroca.pterodactyl.http.ClientSettings;
import io.pteroca.pterodactyl.http.RetryPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local panel stub that answers with recorded responses, in the order they were queued, and keeps
 * every request it received. {@link #expect} also checks that the request's method and path equal the
 * recorded request's; {@link #serve} answers whatever the request.
 */
public final class RecordedPanel implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger KEYS = new AtomicInteger();

    public record Captured(String method, String pathAndQuery, Map<String, List<String>> headers, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private record Answer(String expectedMethod, String expectedPath, int status, Map<String, String> headers,
                          String body, boolean held) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
    private final List<Captured> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<String> mismatches = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch closing = new CountDownLatch(1);

    public RecordedPanel() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Settings with a fresh key (so no rate-limit bucket is shared), no limiter and the given sleeper. */
    public ClientSettings.Builder settings(RecordingSleeper sleeper) {
        return ClientSettings.builder(url(), "ptla_test" + KEYS.incrementAndGet() + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
                .sleeper(sleeper)
                .retryPolicy(RetryPolicy.defaults())
                .requestTimeout(Duration.ofSeconds(5))
                .withoutRateLimit();
    }

    /** Answers the next request with this recording, failing it unless method and path match. */
    public RecordedPanel expect(String recording) {
        JsonNode record = Recordings.load(recording);
        answers.add(answerFrom(record, record.path("request").path("method").asString(),
                record.path("request").path("path").asString(), false));
        return this;
    }

    /** Answers the next request with this recording's response, whatever the request was. */
    public RecordedPanel serve(String recording) {
        answers.add(answerFrom(Recordings.load(recording), null, null, false));
        return this;
    }

    /**
     * Answers the next request with this recording's response only when the stub closes, after the test: the client's
     * request timeout always comes first, however slow the machine.
     */
    public RecordedPanel serveTooLate(String recording) {
        answers.add(answerFrom(Recordings.load(recording), null, null, true));
        return this;
    }

    /** Answers with a raw body, e.g. a fixture from {@code fixtures/wire}. */
    public RecordedPanel respond(int status, String body, Map<String, String> headers) {
        answers.add(new Answer(null, null, status, headers, body, false));
        return this;
    }

    public List<Captured> requests() {
        return List.copyOf(requests);
    }

    public Captured request(int index) {
        return requests.get(index);
    }

    public List<String> mismatches() {
        return List.copyOf(mismatches);
    }

    private static Answer answerFrom(JsonNode record, String method, String path, boolean held) {
        JsonNode body = record.get("body");
        String text = body == null || body.isNull() ? null : body.isString() ? body.asString() : JSON.writeValueAsString(body);
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        record.path("headers_subset").properties().forEach(e -> headers.put(e.getKey(), e.getValue().asString()));
        return new Answer(method, path, record.path("status").asInt(), headers, text, held);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String pathAndQuery = exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
        requests.add(new Captured(exchange.getRequestMethod(), pathAndQuery, exchange.getRequestHeaders(), body));
        Answer answer = answers.poll();
        if (answer == null) {
            mismatches.add("unexpected request " + exchange.getRequestMethod() + " " + pathAndQuery);
            send(exchange, 599, Map.of(), "{\"errors\":[{\"code\":\"NoAnswerQueued\",\"status\":\"599\",\"detail\":\"stub\"}]}");
            return;
        }
        if (answer.expectedPath() != null && !(answer.expectedMethod().equals(exchange.getRequestMethod())
                && decode(answer.expectedPath()).equals(decode(pathAndQuery)))) {
            mismatches.add("expected " + answer.expectedMethod() + " " + answer.expectedPath() + " got "
                    + exchange.getRequestMethod() + " " + decode(pathAndQuery));
        }
        if (answer.held()) {
            try {
                closing.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        send(exchange, answer.status(), answer.headers(), answer.body());
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, Map<String, String> headers, String body) throws IOException {
        headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        try (exchange) {
            if (body == null) {
                exchange.sendResponseHeaders(status, -1);
                return;
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException clientGone) {
            // the client timed out and closed the connection
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
