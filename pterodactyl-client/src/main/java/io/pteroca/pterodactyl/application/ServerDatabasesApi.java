package io.pteroca.pterodactyl.application;

import io.pteroca.pterodactyl.application.model.NewServerDatabase;
import io.pteroca.pterodactyl.application.model.ServerDatabase;
import io.pteroca.pterodactyl.http.ApiRequest;
import io.pteroca.pterodactyl.http.ApiTransport;
import io.pteroca.pterodactyl.json.PanelJson;
import java.util.List;

/** {@code /api/application/servers/{id}/databases}. */
public final class ServerDatabasesApi {

    private final ApiTransport transport;

    ServerDatabasesApi(ApiTransport transport) {
        this.transport = transport;
    }

    /** Includes: password, host. */
    public List<ServerDatabase> list(int serverId, String... includes) {
        return PanelJson.list(transport.execute(NestsApi.withIncludes(
                ApiRequest.get("/api/application/servers/{server}/databases", serverId), includes)).json(), ServerDatabase.class);
    }

    public ServerDatabase get(int serverId, int databaseId, String... includes) {
        return PanelJson.item(transport.execute(NestsApi.withIncludes(
                ApiRequest.get("/api/application/servers/{server}/databases/{database}", serverId, databaseId), includes)).json(),
                ServerDatabase.class);
    }

    public ServerDatabase create(int serverId, NewServerDatabase database) {
        return PanelJson.item(transport.execute(
                ApiRequest.of("POST", "/api/application/servers/{server}/databases", serverId).json(database)).json(), ServerDatabase.class);
    }

    public void resetPassword(int serverId, int databaseId) {
        transport.execute(ApiRequest.of("POST", "/api/application/servers/{server}/databases/{database}/reset-password",
                serverId, databaseId));
    }

    public void delete(int serverId, int databaseId) {
        transport.execute(ApiRequest.of("DELETE", "/api/application/servers/{server}/databases/{database}", serverId, databaseId));
    }
}
