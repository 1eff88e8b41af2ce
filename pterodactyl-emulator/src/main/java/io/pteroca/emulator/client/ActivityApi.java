package io.pteroca.emulator.client;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import io.pteroca.emulator.http.Json;
import io.pteroca.emulator.http.Pagination;
import io.pteroca.emulator.http.Request;
import io.pteroca.emulator.http.Response;
import io.pteroca.emulator.http.Router;
import io.pteroca.emulator.state.ActivityLog;
import io.pteroca.emulator.state.Server;
import io.pteroca.emulator.state.User;
import tools.jackson.databind.node.ObjectNode;

/** The activity log of a server and of the caller's account. */
final class ActivityApi {

    private final ClientContext context;

    ActivityApi(ClientContext context) {
        this.context = context;
    }

    void register(Router router) {
        router.add("GET", ClientApi.SERVER + "/activity", this::server)
                .add("GET", ClientApi.PREFIX + "/account/activity", this::account);
    }

    private Response server(Request request) {
        Server server = context.usable(request, "activity.read");
        return Response.ok(page(request, context.state.activity.stream().filter(e -> Objects.equals(e.serverId, server.id)).toList()));
    }

    private Response account(Request request) {
        User user = request.user();
        return Response.ok(page(request, context.state.activity.stream()
                .filter(e -> e.serverId == null && Objects.equals(e.actorId, user.id)).toList()));
    }

    /** Insertion order unless sort=-timestamp; filter[event] is a partial match; per_page is capped at 100. */
    private ObjectNode page(Request request, List<ActivityLog> entries) {
        List<ActivityLog> result = new ArrayList<>(entries);
        String filter = request.query("filter[event]");
        if (filter != null && !filter.isEmpty()) {
            result.removeIf(e -> !e.event.contains(filter));
        }
        String sort = request.query("sort");
        if ("-timestamp".equals(sort)) {
            result.sort(Comparator.comparing((ActivityLog e) -> e.timestamp).reversed());
        } else if ("timestamp".equals(sort)) {
            result.sort(Comparator.comparing((ActivityLog e) -> e.timestamp));
        }
        return Pagination.page(request, context.state.settings().panelUrl, result, 25, 100, true, this::activity);
    }

    private ObjectNode activity(ActivityLog e) {
        if (context.state.pelican()) {
            // No batch; PHP prints empty properties as a list.
            return Json.item("activity_log", Json.fields("id", e.id, "event", e.event, "is_api", e.isApi, "ip", e.ip,
                    "description", null, "properties", e.properties == null || e.properties.isEmpty() ? List.of() : e.properties,
                    "has_additional_metadata", false, "timestamp", Json.atom(e.timestamp)));
        }
        return Json.item("activity_log", Json.fields("id", e.id, "batch", null, "event", e.event, "is_api", e.isApi, "ip", e.ip,
                "description", null, "properties", e.properties, "has_additional_metadata", false, "timestamp", Json.atom(e.timestamp)));
    }
}
