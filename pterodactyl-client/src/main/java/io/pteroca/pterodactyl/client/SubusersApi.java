package io.pteroca.pterodactyl.client;

import io.pteroca.pterodactyl.client.model.Subuser;
import io.pteroca.pterodactyl.http.ApiRequest;
import io.pteroca.pterodactyl.http.ApiTransport;
import io.pteroca.pterodactyl.json.PanelJson;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** {@code /api/client/servers/{server}/users}, addressed by the user's uuid. */
public final class SubusersApi {

    private final ApiTransport transport;

    SubusersApi(ApiTransport transport) {
        this.transport = transport;
    }

    public List<Subuser> list(String server) {
        return PanelJson.list(transport.execute(ApiRequest.get("/api/client/servers/{server}/users", server)).json(), Subuser.class);
    }

    public Subuser get(String server, String userUuid) {
        return PanelJson.item(transport.execute(ApiRequest.get("/api/client/servers/{server}/users/{user}", server, userUuid)).json(),
                Subuser.class);
    }

    /** An unknown e-mail creates a user. Unknown permissions are dropped; websocket.connect is always added. */
    public Subuser create(String server, String email, List<String> permissions) {
        return PanelJson.item(transport.execute(ApiRequest.of("POST", "/api/client/servers/{server}/users", server)
                .json(Map.of("email", email, "permissions", distinct(permissions)))).json(), Subuser.class);
    }

    public Subuser updatePermissions(String server, String userUuid, List<String> permissions) {
        return PanelJson.item(transport.execute(ApiRequest.of("POST", "/api/client/servers/{server}/users/{user}", server, userUuid)
                .json(Map.of("permissions", distinct(permissions)))).json(), Subuser.class);
    }

    public void delete(String server, String userUuid) {
        transport.execute(ApiRequest.of("DELETE", "/api/client/servers/{server}/users/{user}", server, userUuid));
    }

    // Duplicates make the panel store a JSON object instead of an array.
    private static List<String> distinct(List<String> permissions) {
        return List.copyOf(new LinkedHashSet<>(permissions));
    }
}
