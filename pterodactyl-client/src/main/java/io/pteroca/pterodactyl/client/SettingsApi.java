package io.pteroca.pterodactyl.client;

import io.pteroca.pterodactyl.http.ApiRequest;
import io.pteroca.pterodactyl.http.ApiTransport;
import java.util.HashMap;
import java.util.Map;

/** {@code /api/client/servers/{server}/settings}. */
public final class SettingsApi {

    private final ApiTransport transport;

    SettingsApi(ApiTransport transport) {
        this.transport = transport;
    }

    /** A null description keeps the current one. */
    public void rename(String server, String name, String description) {
        Map<String, String> body = new HashMap<>();
        body.put("name", name);
        if (description != null) {
            body.put("description", description);
        }
        transport.execute(ApiRequest.of("POST", "/api/client/servers/{server}/settings/rename", server).json(body));
    }

    /** Answers 202; the server is {@code installing} until Wings reports back. */
    public void reinstall(String server) {
        transport.execute(ApiRequest.of("POST", "/api/client/servers/{server}/settings/reinstall", server));
    }

    /** The image must be one of the egg's images (422), and not after an admin set a custom one (400). */
    public void dockerImage(String server, String image) {
        transport.execute(ApiRequest.of("PUT", "/api/client/servers/{server}/settings/docker-image", server)
                .json(Map.of("docker_image", image)));
    }
}
