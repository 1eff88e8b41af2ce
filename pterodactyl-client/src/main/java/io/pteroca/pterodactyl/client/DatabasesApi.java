package io.pteroca.pterodactyl.client;

import io.pteroca.pterodactyl.client.model.ClientDatabase;
import io.pteroca.pterodactyl.http.ApiRequest;
import io.pteroca.pterodactyl.http.ApiTransport;
import io.pteroca.pterodactyl.json.PanelJson;
import io.pteroca.pterodactyl.page.ListQuery;
import java.util.List;
import java.util.Map;

/** {@code /api/client/servers/{server}/databases}. */
public final class DatabasesApi {

    private final ApiTransport transport;

    DatabasesApi(ApiTransport transport) {
        this.transport = transport;
    }

    public List<ClientDatabase> list(String server, boolean includePasswords) {
        ApiRequest request = ApiRequest.get("/api/client/servers/{server}/databases", server);
        if (includePasswords) {
            request = request.query(ListQuery.none().include("password"));
        }
        return PanelJson.list(transport.execute(request).json(), ClientDatabase.class);
    }

    /** {@code remote} is e.g. {@code %}; the stored name becomes {@code s<serverId>_<name>}. */
    public ClientDatabase create(String server, String name, String remote) {
        return PanelJson.item(transport.execute(ApiRequest.of("POST", "/api/client/servers/{server}/databases", server)
                .json(Map.of("database", name, "remote", remote))).json(), ClientDatabase.class);
    }

    public ClientDatabase rotatePassword(String server, String databaseId) {
        return PanelJson.item(transport.execute(ApiRequest.of("POST",
                "/api/client/servers/{server}/databases/{database}/rotate-password", server, databaseId)).json(), ClientDatabase.class);
    }

    public void delete(String server, String databaseId) {
        transport.execute(ApiRequest.of("DELETE", "/api/client/servers/{server}/databases/{database}", server, databaseId));
    }
}
