package io.pteroca.panel.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local stand-in for the captcha providers' verification endpoint: answers success only for the
 * response {@value #GOOD_RESPONSE} with the secret {@value #SECRET}, and remembers what it was asked.
 */
public final class CaptchaStub {

    public static final String GOOD_RESPONSE = "solved-captcha";
    public static final String SECRET = "captcha-secret";

    private static HttpServer server;
    private static final List<String> REQUESTS = new CopyOnWriteArrayList<>();

    private CaptchaStub() {
    }

    public static synchronized String url() {
        if (server == null) {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/siteverify", exchange -> {
                String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                REQUESTS.add(form);
                boolean ok = form.contains("secret=" + SECRET) && form.contains("response=" + GOOD_RESPONSE);
                byte[] body = ("{\"success\": " + ok + "}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
        }
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/siteverify";
    }

    public static List<String> requests() {
        return List.copyOf(REQUESTS);
    }
}
