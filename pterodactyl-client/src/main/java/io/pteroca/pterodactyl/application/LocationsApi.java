package io.pteroca.pterodactyl.application;

import io.pteroca.pterodactyl.application.model.Location;
import io.pteroca.pterodactyl.application.model.LocationSpec;
import io.pteroca.pterodactyl.http.ApiRequest;
import io.pteroca.pterodactyl.http.ApiTransport;
import io.pteroca.pterodactyl.json.PanelJson;
import io.pteroca.pterodactyl.page.ListQuery;
import io.pteroca.pterodactyl.page.Page;
import io.pteroca.pterodactyl.page.Pages;
import java.util.stream.Stream;

/** {@code /api/application/locations}. */
public final class LocationsApi {

    private final ApiTransport transport;

    LocationsApi(ApiTransport transport) {
        this.transport = transport;
    }

    public Page<Location> page(ListQuery query) {
        return PanelJson.page(transport.execute(ApiRequest.get("/api/application/locations").query(query)).json(), Location.class);
    }

    public Stream<Location> stream(ListQuery query) {
        return Pages.stream(page -> page(query.page(page)));
    }

    /** Includes: nodes, servers. */
    public Location get(int id, String... includes) {
        return PanelJson.item(transport.execute(NestsApi.withIncludes(
                ApiRequest.get("/api/application/locations/{id}", id), includes)).json(), Location.class);
    }

    public Location create(LocationSpec location) {
        return PanelJson.item(transport.execute(ApiRequest.of("POST", "/api/application/locations").json(location)).json(), Location.class);
    }

    public Location update(int id, LocationSpec location) {
        return PanelJson.item(transport.execute(ApiRequest.of("PATCH", "/api/application/locations/{id}", id).json(location)).json(), Location.class);
    }

    /** Fails with 400 while nodes are in the location. */
    public void delete(int id) {
        transport.execute(ApiRequest.of("DELETE", "/api/application/locations/{id}", id));
    }
}
