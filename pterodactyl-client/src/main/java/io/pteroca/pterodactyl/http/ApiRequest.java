package io.pteroca.pterodactyl.http;

import io.pteroca.pterodactyl.json.PanelJson;
import io.pteroca.pterodactyl.page.ListQuery;

/**
 * One call. {@code endpoint} is the template used for metrics and errors ({@code GET /api/client/servers/{server}});
 * {@code path} has the arguments filled in and URL-encoded.
 */
public record ApiRequest(String method, String endpoint, String path, ListQuery query, String body, String contentType) {

    public static ApiRequest of(String method, String template, Object... pathArguments) {
        return new ApiRequest(method, method + " " + template, expand(template, pathArguments), ListQuery.none(), null, null);
    }

    public static ApiRequest get(String template, Object... pathArguments) {
        return of("GET", template, pathArguments);
    }

    public ApiRequest query(ListQuery value) {
        return new ApiRequest(method, endpoint, path, value, body, contentType);
    }

    public ApiRequest json(Object value) {
        return new ApiRequest(method, endpoint, path, query, PanelJson.write(value), "application/json");
    }

    public ApiRequest text(String value) {
        return new ApiRequest(method, endpoint, path, query, value, "text/plain");
    }

    /** Only GETs are retried after a timeout or 5xx; a write may already have been applied. */
    public boolean idempotent() {
        return method.equals("GET");
    }

    public String pathAndQuery() {
        String encoded = query.encode();
        return encoded.isEmpty() ? path : path + "?" + encoded;
    }

    static String expand(String template, Object... arguments) {
        StringBuilder path = new StringBuilder();
        int argument = 0;
        int position = 0;
        while (position < template.length()) {
            int open = template.indexOf('{', position);
            if (open < 0) {
                path.append(template, position, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            path.append(template, position, open);
            if (argument >= arguments.length) {
                throw new IllegalArgumentException("Missing argument for " + template);
            }
            path.append(ListQuery.encodeComponent(String.valueOf(arguments[argument++])));
            position = close + 1;
        }
        if (argument != arguments.length) {
            throw new IllegalArgumentException("Too many arguments for " + template);
        }
        return path.toString();
    }
}
