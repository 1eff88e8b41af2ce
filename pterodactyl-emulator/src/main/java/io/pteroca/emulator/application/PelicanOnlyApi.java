package io.pteroca.emulator.application;

import java.util.ArrayList;
import java.util.List;

import io.pteroca.emulator.http.Json;
import io.pteroca.emulator.http.Pagination;
import io.pteroca.emulator.http.Response;
import io.pteroca.emulator.state.ApiKey;
import io.pteroca.emulator.state.EmulatorState;

/** The lists only Pelican has (roles, plugins) or only Pelican serves over HTTP (database hosts), ten a page. */
final class PelicanOnlyApi {

    private final ApplicationRoutes routes;
    private final EmulatorState state;

    PelicanOnlyApi(ApplicationRoutes routes) {
        this.routes = routes;
        this.state = routes.state;
    }

    void register() {
        routes.add("GET", "/database-hosts", "database_hosts", ApiKey.READ, r -> Response.ok(Pagination.page(r, state.settings().panelUrl,
                        new ArrayList<>(state.databaseHosts.values()), 10, 100, false, routes.json::databaseHost)))
                .add("GET", "/roles", "roles", ApiKey.READ, r -> Response.ok(Pagination.page(r, state.settings().panelUrl,
                        List.of(1L), 10, 100, false, id -> Json.item("role", Json.fields("id", id, "name", "Root Admin",
                                "guard_name", "web", "created_at", Json.atom(state.users.get(1L) == null ? state.now()
                                        : state.users.get(1L).createdAt), "updated_at", Json.atom(state.now()))))))
                // No plugin is registered with the panel's plugin list: ours answers its routes all the same.
                .add("GET", "/plugins", "plugins", ApiKey.READ, r -> Response.ok(Pagination.page(r, state.settings().panelUrl,
                        List.<Long>of(), 10, 100, false, id -> Json.object())));
    }
}
