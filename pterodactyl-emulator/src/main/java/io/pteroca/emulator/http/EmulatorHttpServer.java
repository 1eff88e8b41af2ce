package io.pteroca.emulator.http;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** The JDK HTTP server in front of the admin endpoint, the panel's API and its pages, with faults and counters. */
public final class EmulatorHttpServer {

    private final HttpServer server;
    private final ExecutorService executor;

    public EmulatorHttpServer(String host, int port, Dispatcher api, Dispatcher web, AdminEndpoint admin, FaultInjector faults,
            CallCounter counter) throws IOException {
        this.server = HttpServer.create(new InetSocketAddress(host, port), 0);
        this.executor = Executors.newFixedThreadPool(8, r -> {
            Thread thread = new Thread(r, "pterodactyl-emulator-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", exchange -> {
            try {
                handle(exchange, exchange.getRequestURI().getPath().startsWith("/api/") ? api : web, admin, faults, counter);
            } catch (RuntimeException | IOException e) {
                exchange.close();
            }
        });
    }

    private static void handle(HttpExchange exchange, Dispatcher dispatcher, AdminEndpoint admin, FaultInjector faults,
            CallCounter counter) throws IOException {
        Map<String, String> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), v.isEmpty() ? "" : v.get(0)));
        byte[] body = exchange.getRequestBody().readAllBytes();
        String path = exchange.getRequestURI().getPath();
        Request request = new Request(exchange.getRequestMethod().toUpperCase(), path, exchange.getRequestURI().getRawQuery(),
                body, headers);
        Response response;
        if (path.startsWith(AdminEndpoint.PREFIX)) {
            response = admin.handle(request);
        } else {
            Router.Match match = dispatcher.router().match(request.method(), path);
            counter.count(request.method() + " " + (match == null ? path : match.route().template()));
            FaultInjector.Fault fault = faults.next(request.method(), path);
            if (fault != null) {
                if (fault.latencyMillis() > 0) {
                    try {
                        Thread.sleep(fault.latencyMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                if (fault.drop()) {
                    exchange.close();
                    return;
                }
            }
            if (fault != null && fault.status() > 0) {
                response = Response.error(new ApiException(fault.status(), "InjectedFault", "Fault injected by the emulator."));
            } else {
                response = dispatcher.dispatch(request, match);
            }
            if (fault != null && fault.answerLost()) {
                exchange.close();
                return;
            }
        }
        write(exchange, response);
    }

    private static void write(HttpExchange exchange, Response response) throws IOException {
        response.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        response.cookies().forEach(cookie -> exchange.getResponseHeaders().add("Set-Cookie", cookie));
        if (response.contentType() == null) {
            exchange.sendResponseHeaders(response.status(), -1);
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", response.contentType());
        exchange.sendResponseHeaders(response.status(), response.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(response.body());
        }
    }

    public void start() {
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public void stop() {
        server.stop(0);
        executor.shutdownNow();
    }
}
