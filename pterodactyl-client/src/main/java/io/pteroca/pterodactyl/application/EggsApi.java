package io.pteroca.pterodactyl.application;

import io.pteroca.pterodactyl.application.model.Egg;
import io.pteroca.pterodactyl.http.ApiRequest;
import io.pteroca.pterodactyl.http.ApiTransport;
import io.pteroca.pterodactyl.json.PanelJson;
import java.util.List;

/** Pelican's {@code /api/application/eggs}: every egg in one unpaginated list (Pelican has no nests). */
public final class EggsApi {

    private final ApiTransport transport;

    EggsApi(ApiTransport transport) {
        this.transport = transport;
    }

    /** Includes: servers, config, script, variables. */
    public List<Egg> list(String... includes) {
        return PanelJson.list(transport.execute(NestsApi.withIncludes(ApiRequest.get("/api/application/eggs"), includes)).json(), Egg.class);
    }

    public Egg get(int id, String... includes) {
        return PanelJson.item(transport.execute(NestsApi.withIncludes(ApiRequest.get("/api/application/eggs/{id}", id), includes)).json(),
                Egg.class);
    }
}
