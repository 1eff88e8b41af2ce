package io.pteroca.emulator.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.pteroca.emulator.state.User;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

/** One incoming call, with its path parameters and the authenticated caller once known. */
public final class Request {

    private final String method;
    private final String path;
    private final String rawQuery;
    private final Map<String, List<String>> query;
    private Map<String, List<String>> form;
    private final byte[] body;
    private final Map<String, String> headers;
    private final Map<String, String> pathParams = new LinkedHashMap<>();
    private JsonNode json;
    private Caller caller;

    public Request(String method, String path, String rawQuery, byte[] body, Map<String, String> headers) {
        this.method = method;
        this.path = path;
        this.rawQuery = rawQuery;
        this.query = parseQuery(rawQuery);
        this.body = body == null ? new byte[0] : body;
        this.headers = headers;
    }

    private static Map<String, List<String>> parseQuery(String raw) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return result;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            result.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return result;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    public String rawQuery() {
        return rawQuery;
    }

    public String query(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public List<String> queryAll(String name) {
        return query.getOrDefault(name, List.of());
    }

    public Map<String, List<String>> queryParams() {
        return query;
    }

    /** A field of a url-encoded form body, else of the query (Laravel's input()); null when absent. */
    public String input(String name) {
        if (form == null) {
            form = parseQuery(bodyText());
        }
        List<String> values = form.containsKey(name) ? form.get(name) : query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The value of a cookie the browser sent, or null. */
    public String cookie(String name) {
        String header = header("cookie");
        if (header != null) {
            for (String pair : header.split(";")) {
                int eq = pair.indexOf('=');
                if (eq > 0 && pair.substring(0, eq).trim().equals(name)) {
                    return pair.substring(eq + 1).trim();
                }
            }
        }
        return null;
    }

    public String header(String name) {
        return headers.get(name.toLowerCase());
    }

    public byte[] body() {
        return body;
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The JSON body; an empty or unparsable body reads as an empty object like Laravel's input(). */
    public JsonNode json() {
        if (json == null) {
            try {
                json = body.length == 0 ? Json.object() : Json.parse(body);
            } catch (RuntimeException e) {
                json = Json.object();
            }
            if (json == null || json instanceof NullNode) {
                json = Json.object();
            }
        }
        return json;
    }

    public String param(String name) {
        return pathParams.get(name);
    }

    void pathParams(Map<String, String> params) {
        pathParams.clear();
        pathParams.putAll(params);
    }

    public Caller caller() {
        return caller;
    }

    /** The user owning the key of this call. */
    public User user() {
        return caller.user();
    }

    /** A numeric path parameter; anything else names nothing, so the panel answers 404. */
    public long id(String name) {
        try {
            return Long.parseLong(pathParams.get(name));
        } catch (NumberFormatException e) {
            throw ApiException.notFound();
        }
    }

    public void caller(Caller caller) {
        this.caller = caller;
    }

    public List<String> includes() {
        String include = query("include");
        if (include == null || include.isBlank()) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        for (String part : include.split(",")) {
            result.add(part.trim());
        }
        return result;
    }
}
