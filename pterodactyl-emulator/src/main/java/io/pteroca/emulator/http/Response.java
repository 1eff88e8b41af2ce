package io.pteroca.emulator.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/** What a handler answers; a null content type means no body and no Content-Type header (the panel's 204). */
public final class Response {

    private final int status;
    private final String contentType;
    private final byte[] body;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final List<String> cookies = new ArrayList<>();

    private Response(int status, String contentType, byte[] body) {
        this.status = status;
        this.contentType = contentType;
        this.body = body;
    }

    public static Response json(int status, JsonNode node) {
        return new Response(status, "application/json", Json.bytes(node));
    }

    public static Response ok(JsonNode node) {
        return json(200, node);
    }

    public static Response noContent() {
        return new Response(204, null, new byte[0]);
    }

    /** Laravel's `response()->json([], 202)`. */
    public static Response acceptedEmptyArray() {
        return json(202, Json.array());
    }

    public static Response text(int status, String text) {
        return new Response(status, "text/plain; charset=UTF-8", text.getBytes(StandardCharsets.UTF_8));
    }

    public static Response bytes(int status, String contentType, byte[] body) {
        return new Response(status, contentType, body.clone());
    }

    public static Response html(int status, String html) {
        return new Response(status, "text/html; charset=UTF-8", html.getBytes(StandardCharsets.UTF_8));
    }

    /** A 302 to a path of this panel or an absolute URL, without a body. */
    public static Response redirect(String location) {
        return new Response(302, null, new byte[0]).header("Location", location);
    }

    /** {"error": "..."}, the shape the addon's web route answers in. */
    public static Response jsonError(int status, String message) {
        var body = Json.object();
        body.put("error", message);
        return json(status, body);
    }

    public static Response error(ApiException e) {
        var root = Json.object();
        var array = root.putArray("errors");
        for (ApiException.ErrorEntry entry : e.errors()) {
            var error = array.addObject();
            error.put("code", entry.code());
            error.put("status", Integer.toString(entry.status()));
            error.put("detail", entry.detail());
            if (entry.sourceField() != null) {
                var meta = error.putObject("meta");
                meta.put("source_field", entry.sourceField());
                meta.put("rule", entry.rule());
            }
        }
        Response response = json(e.status(), root);
        response.headers.putAll(e.headers());
        return response;
    }

    public Response header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** Adds a Set-Cookie header. */
    public Response cookie(String setCookie) {
        cookies.add(setCookie);
        return this;
    }

    public List<String> cookies() {
        return cookies;
    }

    public int status() {
        return status;
    }

    public String contentType() {
        return contentType;
    }

    public byte[] body() {
        return body;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
