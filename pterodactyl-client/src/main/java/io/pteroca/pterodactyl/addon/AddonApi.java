package io.pteroca.pterodactyl.addon;

import io.pteroca.pterodactyl.client.ApiKeys;
import io.pteroca.pterodactyl.client.model.ApiKey;
import io.pteroca.pterodactyl.client.model.CreatedApiKey;
import io.pteroca.pterodactyl.error.ServerErrorException;
import io.pteroca.pterodactyl.http.ApiRequest;
import io.pteroca.pterodactyl.http.ApiTransport;
import io.pteroca.pterodactyl.http.ClientSettings;
import io.pteroca.pterodactyl.http.RateLimit;
import io.pteroca.pterodactyl.json.PanelJson;
import java.util.List;
import java.util.Map;

/**
 * The PteroCA addon routes under {@code /api/application}. They share the application rate limit,
 * so give this the same settings (and key) as the {@code ApplicationApi} to share its bucket.
 */
public final class AddonApi {

    private final ApiTransport transport;

    public AddonApi(ClientSettings settings) {
        this.transport = new ApiTransport(settings, RateLimit.applicationDefault());
    }

    public List<ApiKey> listClientKeys(int userId) {
        return PanelJson.list(transport.execute(ApiRequest.get("/api/application/users/{user}/api-keys", userId)).json(), ApiKey.class);
    }

    /** Works with the original addon (200) and ours (201). The usable key is {@link CreatedApiKey#bearerToken()}. */
    public CreatedApiKey createClientKey(int userId, String description, List<String> allowedIps) {
        return ApiKeys.created(transport.execute(ApiRequest.of("POST", "/api/application/users/{user}/api-keys", userId)
                .json(Map.of("description", description, "allowed_ips", allowedIps))).json());
    }

    /**
     * Deletes a client key. The original addon on Pterodactyl 1.11 deletes the key and then answers
     * 500; that case counts as success once a listing confirms the key is gone.
     */
    public void deleteClientKey(int userId, String identifier) {
        try {
            transport.execute(ApiRequest.of("DELETE", "/api/application/users/{user}/api-keys/{identifier}", userId, identifier));
        } catch (ServerErrorException failure) {
            boolean stillThere = listClientKeys(userId).stream().anyMatch(key -> key.identifier().equals(identifier));
            if (stillThere) {
                throw failure;
            }
        }
    }

    public String version() {
        return transport.execute(ApiRequest.get("/api/application/pteroca/version")).json().path("version").asString();
    }
}
