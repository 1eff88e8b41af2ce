package io.pteroca.pterodactyl.client;

import io.pteroca.pterodactyl.client.model.ClientEggVariable;
import io.pteroca.pterodactyl.client.model.StartupInfo;
import io.pteroca.pterodactyl.client.model.VariableUpdate;
import io.pteroca.pterodactyl.http.ApiRequest;
import io.pteroca.pterodactyl.http.ApiTransport;
import io.pteroca.pterodactyl.json.PanelJson;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** {@code /api/client/servers/{server}/startup}. */
public final class StartupApi {

    private final ApiTransport transport;

    StartupApi(ApiTransport transport) {
        this.transport = transport;
    }

    public StartupInfo get(String server) {
        JsonNode body = transport.execute(ApiRequest.get("/api/client/servers/{server}/startup", server)).json();
        JsonNode meta = body.path("meta");
        return new StartupInfo(PanelJson.list(body, ClientEggVariable.class), text(meta, "startup_command"),
                text(meta, "raw_startup_command"), PanelJson.stringMap(meta.path("docker_images")));
    }

    /** The value is checked against the variable's rules (422 on {@code value}); hidden or read-only variables give 400. */
    public VariableUpdate updateVariable(String server, String key, String value) {
        Map<String, String> body = new HashMap<>();
        body.put("key", key);
        body.put("value", value);
        JsonNode answer = transport.execute(ApiRequest.of("PUT", "/api/client/servers/{server}/startup/variable", server)
                .json(body)).json();
        JsonNode meta = answer.path("meta");
        return new VariableUpdate(PanelJson.item(answer, ClientEggVariable.class), text(meta, "startup_command"),
                text(meta, "raw_startup_command"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
