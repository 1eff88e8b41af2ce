package io.pteroca.panel.plugin;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A local stand-in of PayPal's REST API, as far as the paypal-payment plugin uses it: OAuth2 client credentials,
 * Orders v2 (create, show, capture, with PayPal-Request-Id answered from memory like PayPal's idempotency) and the
 * webhook signature check. The buyer's side is {@link #approve}; {@link #event} makes webhook notifications that it
 * verifies later as PayPal would (anything it did not send, or sent otherwise, is FAILURE).
 */
final class PayPalStandIn implements AutoCloseable {

    static final String CLIENT_ID = "AZ-test-client";
    static final String SECRET = "EP-test-secret-value";
    static final String WEBHOOK_ID = "8PT597110X687430LKGECATA";

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, Order> orders = new ConcurrentHashMap<>();
    private final Map<String, Answer> byRequestId = new ConcurrentHashMap<>();
    private final Map<String, String> sentEvents = new ConcurrentHashMap<>();
    private final List<String> tokens = new CopyOnWriteArrayList<>();
    /** Every order request body received, in order. */
    final List<JsonNode> createdBodies = new CopyOnWriteArrayList<>();
    /** Captures that moved money (replays of the same request id do not count). */
    final AtomicInteger captures = new AtomicInteger();
    final AtomicInteger captureCalls = new AtomicInteger();
    final AtomicInteger verifications = new AtomicInteger();

    private record Answer(int status, String body) {
    }

    private static final class Order {
        final String id;
        final String value;
        final String currency;
        final String returnUrl;
        final String cancelUrl;
        String status = "PAYER_ACTION_REQUIRED";
        String captureId;

        Order(String id, String value, String currency, String returnUrl, String cancelUrl) {
            this.id = id;
            this.value = value;
            this.currency = currency;
            this.returnUrl = returnUrl;
            this.cancelUrl = cancelUrl;
        }
    }

    PayPalStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            try {
                Answer answer = handle(exchange, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
                if (body.length > 0) {
                    exchange.getResponseBody().write(body);
                }
            } finally {
                exchange.close();
            }
        });
        server.setExecutor(threads);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String hostRule() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    private Answer handle(HttpExchange exchange, String body) {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        if (method.equals("POST") && path.equals("/v1/oauth2/token")) {
            return token(exchange, body);
        }
        if (!tokens.contains(exchange.getRequestHeaders().getFirst("Authorization"))) {
            return error(401, "AUTHENTICATION_FAILURE");
        }
        String requestId = exchange.getRequestHeaders().getFirst("PayPal-Request-Id");
        if (requestId != null && byRequestId.containsKey(requestId)) {
            return byRequestId.get(requestId);
        }
        Answer answer;
        if (method.equals("POST") && path.equals("/v2/checkout/orders")) {
            answer = create(body);
        } else if (method.equals("GET") && path.startsWith("/v2/checkout/orders/")) {
            Order order = orders.get(path.substring("/v2/checkout/orders/".length()));
            answer = order == null ? error(404, "RESOURCE_NOT_FOUND") : new Answer(200, representation(order));
        } else if (method.equals("POST") && path.matches("/v2/checkout/orders/[^/]+/capture")) {
            answer = capture(path.split("/")[4]);
        } else if (method.equals("POST") && path.equals("/v1/notifications/verify-webhook-signature")) {
            answer = verify(body);
        } else {
            answer = error(404, "NOT_FOUND");
        }
        if (requestId != null && answer.status() < 300) {
            byRequestId.putIfAbsent(requestId, answer);
            return byRequestId.get(requestId);
        }
        return answer;
    }

    private Answer token(HttpExchange exchange, String body) {
        String expected = "Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
        if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization")) || !body.equals("grant_type=client_credentials")
                || !"application/x-www-form-urlencoded".equals(exchange.getRequestHeaders().getFirst("Content-Type"))) {
            return new Answer(401, "{\"error\":\"invalid_client\",\"error_description\":\"Client Authentication failed\"}");
        }
        String token = "A21AA" + UUID.randomUUID().toString().replace("-", "");
        tokens.add("Bearer " + token);
        return new Answer(200, "{\"scope\":\"https://uri.paypal.com/services/payments/payment\",\"access_token\":\"" + token
                + "\",\"token_type\":\"Bearer\",\"app_id\":\"APP-80W284485P519543T\",\"expires_in\":32400,\"nonce\":\"n\"}");
    }

    private Answer create(String body) {
        JsonNode request = json.readTree(body);
        createdBodies.add(request);
        JsonNode unit = request.path("purchase_units").path(0);
        JsonNode context = request.path("payment_source").path("paypal").path("experience_context");
        if (!"CAPTURE".equals(request.path("intent").asString("")) || unit.path("amount").path("value").isMissingNode()) {
            return error(400, "INVALID_REQUEST");
        }
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 17).toUpperCase();
        Order order = new Order(id, unit.path("amount").path("value").asString(""), unit.path("amount").path("currency_code").asString(""),
                context.path("return_url").asString(""), context.path("cancel_url").asString(""));
        orders.put(id, order);
        return new Answer(201, representation(order));
    }

    private synchronized Answer capture(String id) {
        captureCalls.incrementAndGet();
        Order order = orders.get(id);
        if (order == null) {
            return error(404, "RESOURCE_NOT_FOUND");
        }
        if (order.status.equals("COMPLETED")) {
            return issue("ORDER_ALREADY_CAPTURED");
        }
        if (!order.status.equals("APPROVED")) {
            return issue("ORDER_NOT_APPROVED");
        }
        order.status = "COMPLETED";
        order.captureId = UUID.randomUUID().toString().replace("-", "").substring(0, 17).toUpperCase();
        captures.incrementAndGet();
        return new Answer(201, representation(order));
    }

    private Answer verify(String body) {
        verifications.incrementAndGet();
        JsonNode request = json.readTree(body);
        String sent = sentEvents.get(request.path("transmission_id").asString(""));
        boolean genuine = sent != null && WEBHOOK_ID.equals(request.path("webhook_id").asString(""))
                && ("sig-" + request.path("transmission_id").asString("")).equals(request.path("transmission_sig").asString(""))
                && json.readTree(sent).equals(request.path("webhook_event"));
        return new Answer(200, "{\"verification_status\":\"" + (genuine ? "SUCCESS" : "FAILURE") + "\"}");
    }

    private String representation(Order order) {
        ObjectNode root = json.createObjectNode();
        root.put("id", order.id);
        root.put("intent", "CAPTURE");
        root.put("status", order.status);
        ObjectNode unit = root.putArray("purchase_units").addObject();
        unit.put("reference_id", "default");
        unit.putObject("amount").put("currency_code", order.currency).put("value", order.value);
        if (order.captureId != null) {
            unit.putObject("payments").putArray("captures").addObject().put("id", order.captureId).put("status", "COMPLETED")
                    .put("final_capture", true);
        }
        var links = root.putArray("links");
        links.addObject().put("href", baseUrl() + "/v2/checkout/orders/" + order.id).put("rel", "self").put("method", "GET");
        if (order.status.equals("PAYER_ACTION_REQUIRED")) {
            links.addObject().put("href", "https://www.sandbox.paypal.com/checkoutnow?token=" + order.id).put("rel", "payer-action")
                    .put("method", "GET");
        }
        return root.toString();
    }

    private static Answer error(int status, String name) {
        return new Answer(status, "{\"name\":\"" + name + "\",\"message\":\"" + name + "\",\"debug_id\":\"f00d" + status + "\"}");
    }

    private static Answer issue(String issue) {
        return new Answer(422, "{\"name\":\"UNPROCESSABLE_ENTITY\",\"details\":[{\"issue\":\"" + issue + "\"}],"
                + "\"message\":\"The requested action could not be performed.\",\"debug_id\":\"b0a7\"}");
    }

    /** The only order created so far with this amount value. */
    String orderId(String value) {
        List<String> found = new ArrayList<>();
        orders.values().stream().filter(o -> o.value.equals(value)).forEach(o -> found.add(o.id));
        if (found.size() != 1) {
            throw new AssertionError("expected one order of " + value + ", found " + found);
        }
        return found.get(0);
    }

    /** The buyer approves on PayPal's page, which sends the browser to the return URL (path and query). */
    String approve(String orderId) {
        Order order = orders.get(orderId);
        order.status = "APPROVED";
        return pathOf(order.returnUrl + (order.returnUrl.contains("?") ? "&" : "?") + "token=" + orderId + "&PayerID=7E7MGXCWTTKK2");
    }

    /** The buyer cancels on PayPal's page, which sends the browser to the cancel URL. */
    String cancel(String orderId) {
        Order order = orders.get(orderId);
        return pathOf(order.cancelUrl + (order.cancelUrl.contains("?") ? "&" : "?") + "token=" + orderId);
    }

    String status(String orderId) {
        return orders.get(orderId).status;
    }

    private static String pathOf(String url) {
        return url.replaceFirst("^https?://[^/]+", "");
    }

    /** A webhook notification PayPal would send about the order, with the headers that let it be verified later. */
    Event event(String type, String orderId) {
        Order order = orders.get(orderId);
        ObjectNode event = json.createObjectNode();
        event.put("id", "WH-" + UUID.randomUUID().toString().substring(0, 13).toUpperCase());
        event.put("event_version", "1.0");
        event.put("create_time", Instant.now().toString());
        event.put("event_type", type);
        ObjectNode resource = event.putObject("resource");
        if (type.startsWith("CHECKOUT.ORDER")) {
            event.put("resource_type", "checkout-order");
            resource.put("id", orderId).put("status", order.status).put("intent", "CAPTURE");
        } else {
            event.put("resource_type", "capture");
            resource.put("id", order.captureId == null ? "NONE" : order.captureId).put("status", "COMPLETED");
            resource.putObject("amount").put("currency_code", order.currency).put("value", order.value);
            resource.putObject("supplementary_data").putObject("related_ids").put("order_id", orderId);
        }
        String transmission = UUID.randomUUID().toString();
        String body = event.toString();
        sentEvents.put(transmission, body);
        return new Event(body, Map.of("PAYPAL-TRANSMISSION-ID", transmission, "PAYPAL-TRANSMISSION-TIME", Instant.now().toString(),
                "PAYPAL-TRANSMISSION-SIG", "sig-" + transmission, "PAYPAL-AUTH-ALGO", "SHA256withRSA",
                "PAYPAL-CERT-URL", "https://api-m.sandbox.paypal.com/v1/notifications/certs/CERT-360caa42-fca2a594-a5cafa77"));
    }

    /** A notification: its body and headers. */
    record Event(String body, Map<String, String> headers) {

        Event withBody(String other) {
            return new Event(other, headers);
        }

        Event withHeader(String name, String value) {
            Map<String, String> changed = new java.util.HashMap<>(headers);
            changed.put(name, value);
            return new Event(body, changed);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
