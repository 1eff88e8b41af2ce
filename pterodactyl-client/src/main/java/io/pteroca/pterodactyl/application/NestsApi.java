package io.pteroca.pterodactyl.application;

import io.pteroca.pterodactyl.application.model.Egg;
import io.pteroca.pterodactyl.application.model.Nest;
import io.pteroca.pterodactyl.http.ApiRequest;
import io.pteroca.pterodactyl.http.ApiTransport;
import io.pteroca.pterodactyl.json.PanelJson;
import io.pteroca.pterodactyl.page.ListQuery;
import io.pteroca.pterodactyl.page.Page;
import io.pteroca.pterodactyl.page.Pages;
import java.util.List;
import java.util.stream.Stream;

/** {@code /api/application/nests} and their eggs. */
public final class NestsApi {

    private final ApiTransport transport;

    NestsApi(ApiTransport transport) {
        this.transport = transport;
    }

    public Page<Nest> page(ListQuery query) {
        return PanelJson.page(transport.execute(ApiRequest.get("/api/application/nests").query(query)).json(), Nest.class);
    }

    public Stream<Nest> stream(ListQuery query) {
        return Pages.stream(page -> page(query.page(page)));
    }

    /** Includes: eggs, servers. */
    public Nest get(int id, String... includes) {
        return PanelJson.item(transport.execute(withIncludes(ApiRequest.get("/api/application/nests/{id}", id), includes)).json(), Nest.class);
    }

    /** The nest's eggs (unpaginated). Includes: nest, servers, variables, config, script. */
    public List<Egg> eggs(int nestId, String... includes) {
        return PanelJson.list(transport.execute(withIncludes(
                ApiRequest.get("/api/application/nests/{nest}/eggs", nestId), includes)).json(), Egg.class);
    }

    public Egg egg(int nestId, int eggId, String... includes) {
        return PanelJson.item(transport.execute(withIncludes(
                ApiRequest.get("/api/application/nests/{nest}/eggs/{egg}", nestId, eggId), includes)).json(), Egg.class);
    }

    static ApiRequest withIncludes(ApiRequest request, String... includes) {
        return includes.length == 0 ? request : request.query(ListQuery.none().include(includes));
    }
}
