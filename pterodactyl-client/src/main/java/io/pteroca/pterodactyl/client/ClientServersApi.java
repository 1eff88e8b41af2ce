package io.pteroca.pterodactyl.client;

import io.pteroca.pterodactyl.client.model.ClientServer;
import io.pteroca.pterodactyl.client.model.ResourceUsage;
import io.pteroca.pterodactyl.client.model.ServerView;
import io.pteroca.pterodactyl.client.model.WebsocketCredentials;
import io.pteroca.pterodactyl.http.ApiRequest;
import io.pteroca.pterodactyl.http.ApiTransport;
import io.pteroca.pterodactyl.json.PanelJson;
import io.pteroca.pterodactyl.page.ListQuery;
import io.pteroca.pterodactyl.page.Page;
import io.pteroca.pterodactyl.page.Pages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * Servers the key's user can see, their state, power and console. {@code server} is the 8-character
 * identifier or the uuid. Every call except {@link #get} answers 409 while the server is installing,
 * suspended or restoring.
 */
public final class ClientServersApi {

    /** Power signals accepted by {@link #power}. */
    public enum PowerSignal { START, STOP, RESTART, KILL }

    private final ApiTransport transport;

    ClientServersApi(ApiTransport transport) {
        this.transport = transport;
    }

    /** Filters: uuid, name, description, external_id, {@code *}; param {@code type}: owner, admin, admin-all. */
    public Page<ClientServer> page(ListQuery query) {
        return PanelJson.page(transport.execute(ApiRequest.get("/api/client").query(query)).json(), ClientServer.class);
    }

    public Stream<ClientServer> stream(ListQuery query) {
        return Pages.stream(page -> page(query.page(page)));
    }

    /** Never 409: use it to watch {@code status} while installing. Optional includes: egg, subusers. */
    public ServerView get(String server, String... includes) {
        ApiRequest request = ApiRequest.get("/api/client/servers/{server}", server);
        if (includes.length > 0) {
            request = request.query(ListQuery.none().include(includes));
        }
        JsonNode body = transport.execute(request).json();
        JsonNode meta = body.path("meta");
        List<String> permissions = new ArrayList<>();
        meta.path("user_permissions").forEach(permission -> permissions.add(permission.asString()));
        return new ServerView(PanelJson.item(body, ClientServer.class), meta.path("is_server_owner").asBoolean(false), permissions);
    }

    public ResourceUsage resources(String server) {
        return PanelJson.item(transport.execute(ApiRequest.get("/api/client/servers/{server}/resources", server)).json(),
                ResourceUsage.class);
    }

    public void power(String server, PowerSignal signal) {
        transport.execute(ApiRequest.of("POST", "/api/client/servers/{server}/power", server)
                .json(Map.of("signal", signal.name().toLowerCase(java.util.Locale.ROOT))));
    }

    /** 502 when the server is not running. */
    public void command(String server, String command) {
        transport.execute(ApiRequest.of("POST", "/api/client/servers/{server}/command", server).json(Map.of("command", command)));
    }

    public WebsocketCredentials websocket(String server) {
        JsonNode data = transport.execute(ApiRequest.get("/api/client/servers/{server}/websocket", server)).json().path("data");
        return PanelJson.convert(data, WebsocketCredentials.class);
    }
}
