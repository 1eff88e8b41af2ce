package io.pteroca.emulator.application;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.pteroca.emulator.http.ApiException;
import io.pteroca.emulator.http.Pagination;
import io.pteroca.emulator.http.Request;
import io.pteroca.emulator.http.Response;
import io.pteroca.emulator.http.Router;
import io.pteroca.emulator.state.ApiKey;
import io.pteroca.emulator.state.EmulatorState;
import tools.jackson.databind.node.ObjectNode;

/** What the application API's routes share: the key's permission per resource, its pages and its filters. */
final class ApplicationRoutes {

    static final String PREFIX = "/api/application";

    final EmulatorState state;
    final ApplicationTransformers json;
    private final Router router;

    ApplicationRoutes(EmulatorState state, Router router) {
        this.state = state;
        this.json = new ApplicationTransformers(state);
        this.router = router;
    }

    /** A route that needs the key's r_ (ApiKey.READ) or w_ (ApiKey.WRITE) permission on the resource. */
    ApplicationRoutes add(String method, String path, String resource, int action, Router.Handler handler) {
        router.add(method, PREFIX + path, request -> {
            ApiKey key = request.caller().key();
            // The panel's AdminAcl: only application keys carry per-resource bits.
            if (key.type == ApiKey.Type.APPLICATION && !key.allows(resource, action)) {
                throw ApiException.forbidden("This action is unauthorized.");
            }
            return handler.handle(request);
        });
        return this;
    }

    /** 50 a page by default, at most 100; the links keep only the page. */
    <T> Response page(Request request, List<T> items, Function<T, ObjectNode> transform) {
        return Response.ok(Pagination.page(request, state.settings().panelUrl, items, 50, 100, false, transform));
    }

    /** filter[x]=v is a LIKE %v% match in the panel; unknown filters answer 400. */
    static <T> List<T> filter(Request request, List<T> items, Map<String, Function<T, String>> filterable) {
        List<T> result = items;
        for (String key : request.queryParams().keySet()) {
            if (!key.startsWith("filter[") || !key.endsWith("]")) {
                continue;
            }
            String field = key.substring(7, key.length() - 1);
            Function<T, String> getter = filterable.get(field);
            if (getter == null) {
                throw invalidFilter(field, String.join(", ", filterable.keySet()));
            }
            String needle = request.query(key).toLowerCase();
            result = result.stream().filter(item -> {
                String value = getter.apply(item);
                return value != null && value.toLowerCase().contains(needle);
            }).toList();
        }
        return result;
    }

    static ApiException invalidFilter(String field, String allowed) {
        return new ApiException(400, "InvalidFilterQuery", "Requested filter(s) `" + field
                + "` are not allowed. Allowed filter(s) are `" + allowed + "`.");
    }

    /** The resource's URL, for the meta of a created resource. */
    String resourceUrl(String path) {
        return state.settings().panelUrl + PREFIX + path;
    }
}
