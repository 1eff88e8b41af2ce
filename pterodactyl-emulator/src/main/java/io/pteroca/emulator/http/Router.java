package io.pteroca.emulator.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Matches "METHOD /path/{param}" templates in registration order. */
public final class Router {

    @FunctionalInterface
    public interface Handler {
        Response handle(Request request);
    }

    /** A matched route: its template (used for counters and faults) and handler. */
    public record Route(String method, String template, String[] segments, Handler handler) {
    }

    public record Match(Route route, Map<String, String> params) {
    }

    private final List<Route> routes = new ArrayList<>();

    public Router add(String method, String template, Handler handler) {
        routes.add(new Route(method, template, template.substring(1).split("/"), handler));
        return this;
    }

    /** The match for this method and path; a path known under another method still answers null. */
    public Match match(String method, String path) {
        String[] parts = path.length() <= 1 ? new String[] {""} : path.substring(1).split("/", -1);
        for (Route route : routes) {
            if (!route.method().equals(method) || route.segments().length != parts.length) {
                continue;
            }
            Map<String, String> params = new LinkedHashMap<>();
            boolean ok = true;
            for (int i = 0; i < parts.length && ok; i++) {
                String seg = route.segments()[i];
                if (seg.startsWith("{") && seg.endsWith("}")) {
                    if (parts[i].isEmpty()) {
                        ok = false;
                    } else {
                        params.put(seg.substring(1, seg.length() - 1), parts[i]);
                    }
                } else if (!seg.equals(parts[i])) {
                    ok = false;
                }
            }
            if (ok) {
                return new Match(route, params);
            }
        }
        return null;
    }

    public static void bind(Request request, Match match) {
        request.pathParams(match.params());
    }
}
