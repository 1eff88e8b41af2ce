package io.pteroca.plugin;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One HTTP request for {@link PluginHttp}.
 *
 * @param body the request body as text (e.g. JSON or a form), or null for none
 * @param timeout how long to wait for the whole answer; at most 60 seconds
 */
public record HttpCall(String method, URI uri, Map<String, String> headers, String body, Duration timeout) {

    public HttpCall {
        headers = Map.copyOf(headers);
        timeout = timeout == null ? Duration.ofSeconds(20) : timeout;
    }

    public static HttpCall get(String uri) {
        return new HttpCall("GET", URI.create(uri), Map.of(), null, null);
    }

    public static HttpCall post(String uri, String contentType, String body) {
        return new HttpCall("POST", URI.create(uri), Map.of("Content-Type", contentType), body, null);
    }

    /** A copy with one more header. */
    public HttpCall header(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new HttpCall(method, uri, more, body, timeout);
    }

    public HttpCall timeout(Duration limit) {
        return new HttpCall(method, uri, headers, body, limit);
    }
}
