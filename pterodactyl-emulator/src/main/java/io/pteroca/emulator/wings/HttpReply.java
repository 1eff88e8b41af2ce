package io.pteroca.emulator.wings;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.pteroca.emulator.http.Json;
import tools.jackson.databind.node.ObjectNode;

/** An HTTP answer of the Wings port other than a websocket upgrade; like every Wings answer it carries X-Request-Id. */
record HttpReply(int status, String contentType, Map<String, String> headers, byte[] body) {

    private static final Map<Integer, String> REASONS = Map.of(200, "OK", 400, "Bad Request", 403, "Forbidden",
            404, "Not Found", 500, "Internal Server Error");

    static HttpReply text(int status, String contentType, String body) {
        return new HttpReply(status, contentType, new LinkedHashMap<>(), body.getBytes(StandardCharsets.UTF_8));
    }

    /** Wings' error shape, {"error": "..."}; its own failures (500) also name the request id. */
    static HttpReply error(int status, String message, boolean withRequestId) {
        String requestId = UUID.randomUUID().toString();
        ObjectNode body = Json.object();
        body.put("error", message);
        if (withRequestId) {
            body.put("request_id", requestId);
        }
        HttpReply reply = new HttpReply(status, "application/json; charset=utf-8", new LinkedHashMap<>(), Json.bytes(body));
        reply.headers().put("X-Request-Id", requestId);
        return reply;
    }

    void write(OutputStream out) throws IOException {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(REASONS.getOrDefault(status, "Unknown"))
                .append("\r\nContent-Type: ").append(contentType).append("\r\nContent-Length: ").append(body.length);
        headers.putIfAbsent("X-Request-Id", UUID.randomUUID().toString());
        headers.forEach((name, value) -> head.append("\r\n").append(name).append(": ").append(value));
        head.append("\r\nConnection: close\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
    }
}
