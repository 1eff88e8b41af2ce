package io.pteroca.pterodactyl.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Query parameters for list and item endpoints: {@code filter[...]}, {@code include}, {@code sort},
 * {@code page}, {@code per_page}. Filters are fuzzy LIKE matches on the panel; check exact values yourself.
 * Immutable: every method returns a new query.
 */
public final class ListQuery {

    private final List<Map.Entry<String, String>> parameters;

    private ListQuery(List<Map.Entry<String, String>> parameters) {
        this.parameters = List.copyOf(parameters);
    }

    public static ListQuery none() {
        return new ListQuery(List.of());
    }

    public ListQuery filter(String field, String value) {
        return param("filter[" + field + "]", value);
    }

    public ListQuery include(String... relationships) {
        return param("include", String.join(",", relationships));
    }

    public ListQuery sort(String field) {
        return param("sort", field);
    }

    public ListQuery perPage(int perPage) {
        return param("per_page", Integer.toString(perPage));
    }

    /** Returns this query with {@code page} replaced. */
    public ListQuery page(int page) {
        List<Map.Entry<String, String>> copy = new ArrayList<>(parameters);
        copy.removeIf(entry -> entry.getKey().equals("page"));
        copy.add(Map.entry("page", Integer.toString(page)));
        return new ListQuery(copy);
    }

    public ListQuery param(String name, String value) {
        List<Map.Entry<String, String>> copy = new ArrayList<>(parameters);
        copy.add(Map.entry(name, value));
        return new ListQuery(copy);
    }

    public List<Map.Entry<String, String>> parameters() {
        return parameters;
    }

    /** The encoded query string without the leading {@code ?}; empty when there are no parameters. */
    public String encode() {
        StringJoiner joiner = new StringJoiner("&");
        for (Map.Entry<String, String> parameter : parameters) {
            joiner.add(encodeComponent(parameter.getKey()) + "=" + encodeComponent(parameter.getValue()));
        }
        return joiner.toString();
    }

    public static String encodeComponent(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
