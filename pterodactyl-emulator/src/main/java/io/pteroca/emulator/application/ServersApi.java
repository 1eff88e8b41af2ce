package io.pteroca.emulator.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import io.pteroca.emulator.http.ApiException;
import io.pteroca.emulator.http.Json;
import io.pteroca.emulator.http.Request;
import io.pteroca.emulator.http.Response;
import io.pteroca.emulator.http.Router;
import io.pteroca.emulator.state.ApiKey;
import io.pteroca.emulator.state.Egg;
import io.pteroca.emulator.state.EmulatorState;
import io.pteroca.emulator.state.Server;

/** What servers are made of and the servers themselves: nests and eggs, servers, their databases. */
final class ServersApi {

    private final ApplicationRoutes routes;
    private final EmulatorState state;
    private final ServerProvisioning provisioning;

    ServersApi(ApplicationRoutes routes, ServerProvisioning provisioning) {
        this.routes = routes;
        this.state = routes.state;
        this.provisioning = provisioning;
    }

    void register() {
        ApplicationTransformers t = routes.json;
        if (state.pelican()) {
            // Pelican has no nests: eggs sit at the top, listed whole (no pages), and servers can move between nodes.
            routes.add("GET", "/eggs", "eggs", ApiKey.READ,
                            r -> Response.ok(Json.list(state.eggs.values().stream().map(e -> t.egg(e, r.includes())).toList())))
                    .add("GET", "/eggs/{id}", "eggs", ApiKey.READ, r -> Response.ok(t.egg(state.egg(r.id("id")), r.includes())))
                    .add("POST", "/servers/{id}/transfer", "servers", ApiKey.WRITE, r -> {
                        provisioning.transfer(server(r), r.json());
                        return Response.noContent();
                    });
        } else {
            routes.add("GET", "/nests", "nests", ApiKey.READ, r -> routes.page(r, new ArrayList<>(state.nests.values()), t::nest))
                    .add("GET", "/nests/{id}", "nests", ApiKey.READ,
                            r -> Response.ok(t.nest(Optional.ofNullable(state.nests.get(r.id("id"))).orElseThrow(ApiException::notFound))))
                    .add("GET", "/nests/{id}/eggs", "eggs", ApiKey.READ, this::eggs)
                    .add("GET", "/nests/{id}/eggs/{egg}", "eggs", ApiKey.READ, this::egg);
        }
        routes.add("GET", "/servers", "servers", ApiKey.READ,
                        r -> routes.page(r, new ArrayList<>(state.servers.values()), s -> t.server(s, r.includes())))
                .add("GET", "/servers/external/{external}", "servers", ApiKey.READ,
                        r -> Response.ok(t.server(state.servers.values().stream()
                                .filter(s -> r.param("external").equals(s.externalId)).findFirst()
                                .orElseThrow(ApiException::notFound), r.includes())))
                .add("GET", "/servers/{id}", "servers", ApiKey.READ, r -> Response.ok(t.server(server(r), r.includes())))
                .add("POST", "/servers", "servers", ApiKey.WRITE,
                        r -> Response.json(201, t.server(provisioning.create(r.json()), List.of())))
                .add("PATCH", "/servers/{id}/details", "servers", ApiKey.WRITE,
                        r -> Response.ok(t.server(provisioning.updateDetails(server(r), r.json()), List.of())))
                .add("PATCH", "/servers/{id}/build", "servers", ApiKey.WRITE,
                        r -> Response.ok(t.server(provisioning.updateBuild(server(r), r.json()), List.of())))
                .add("PATCH", "/servers/{id}/startup", "servers", ApiKey.WRITE,
                        r -> Response.ok(t.server(provisioning.updateStartup(server(r), r.json()), List.of())))
                .add("POST", "/servers/{id}/suspend", "servers", ApiKey.WRITE, noContent(s -> provisioning.suspend(s, true)))
                .add("POST", "/servers/{id}/unsuspend", "servers", ApiKey.WRITE, noContent(s -> provisioning.suspend(s, false)))
                .add("POST", "/servers/{id}/reinstall", "servers", ApiKey.WRITE, noContent(provisioning::reinstall))
                .add("DELETE", "/servers/{id}", "servers", ApiKey.WRITE, noContent(provisioning::delete))
                .add("DELETE", "/servers/{id}/force", "servers", ApiKey.WRITE, noContent(provisioning::delete))
                .add("GET", "/servers/{id}/databases", "server_databases", ApiKey.READ,
                        r -> Response.ok(Json.list(state.databasesOf(server(r)).stream().map(d -> t.database(d, r.includes())).toList())))
                .add("GET", "/servers/{id}/databases/{database}", "server_databases", ApiKey.READ, r -> {
                    Server server = server(r);
                    long database = r.id("database");
                    return Response.ok(t.database(state.databasesOf(server).stream().filter(d -> d.id == database)
                            .findFirst().orElseThrow(ApiException::notFound), r.includes()));
                });
    }

    private Server server(Request request) {
        return state.server(request.id("id"));
    }

    /** A route that acts on the server of the path and answers 204. */
    private Router.Handler noContent(Consumer<Server> action) {
        return request -> {
            action.accept(server(request));
            return Response.noContent();
        };
    }

    private Response eggs(Request request) {
        long nest = request.id("id");
        if (!state.nests.containsKey(nest)) {
            throw ApiException.notFound();
        }
        return Response.ok(Json.list(state.eggs.values().stream().filter(e -> e.nestId == nest)
                .map(e -> routes.json.egg(e, request.includes())).toList()));
    }

    private Response egg(Request request) {
        Egg egg = state.egg(request.id("egg"));
        if (egg.nestId != request.id("id")) {
            throw ApiException.notFound();
        }
        return Response.ok(routes.json.egg(egg, request.includes()));
    }
}
