package io.pteroca.emulator.http;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import tools.jackson.databind.node.ObjectNode;

/** The panel's paginated list: data plus meta.pagination with previous/next links. */
public final class Pagination {

    private Pagination() {
    }

    /**
     * @param keepQuery the client API's links keep the query string; the application API's drop per_page
     */
    public static <T> ObjectNode page(Request request, String baseUrl, List<T> items, int defaultPerPage, int maxPerPage,
            boolean keepQuery, Function<T, ObjectNode> transform) {
        int perPage = parse(request.query("per_page"), defaultPerPage);
        if (perPage < 1) {
            perPage = defaultPerPage;
        }
        perPage = Math.min(perPage, maxPerPage);
        int page = Math.max(1, parse(request.query("page"), 1));
        int total = items.size();
        int totalPages = Math.max(1, (total + perPage - 1) / perPage);
        int from = Math.min(total, (page - 1) * perPage);
        int to = Math.min(total, from + perPage);
        List<ObjectNode> data = new ArrayList<>();
        items.subList(from, to).forEach(i -> data.add(transform.apply(i)));
        ObjectNode root = Json.list(data);
        ObjectNode pagination = root.putObject("meta").putObject("pagination");
        pagination.put("total", total);
        pagination.put("count", data.size());
        pagination.put("per_page", perPage);
        pagination.put("current_page", page);
        pagination.put("total_pages", totalPages);
        ObjectNode links = pagination.putObject("links");
        String url = baseUrl + request.path();
        if (page > 1) {
            links.put("previous", link(url, request, page - 1, keepQuery));
        }
        if (page < totalPages) {
            links.put("next", link(url, request, page + 1, keepQuery));
        }
        return root;
    }

    private static String link(String url, Request request, int page, boolean keepQuery) {
        StringBuilder query = new StringBuilder();
        if (keepQuery) {
            request.queryParams().forEach((key, values) -> {
                if (!key.equals("page")) {
                    values.forEach(v -> query.append(key).append('=').append(v).append('&'));
                }
            });
        }
        query.append("page=").append(page);
        return url + "?" + query;
    }

    private static int parse(String value, int fallback) {
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
