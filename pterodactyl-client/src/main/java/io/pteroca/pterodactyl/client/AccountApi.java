package io.pteroca.pterodactyl.client;

import io.pteroca.pterodactyl.client.model.Account;
import io.pteroca.pterodactyl.client.model.ApiKey;
import io.pteroca.pterodactyl.client.model.CreatedApiKey;
import io.pteroca.pterodactyl.http.ApiRequest;
import io.pteroca.pterodactyl.http.ApiTransport;
import io.pteroca.pterodactyl.json.PanelJson;
import java.util.List;
import java.util.Map;

/** {@code /api/client/account}. */
public final class AccountApi {

    private final ApiTransport transport;

    AccountApi(ApiTransport transport) {
        this.transport = transport;
    }

    public Account get() {
        return PanelJson.item(transport.execute(ApiRequest.get("/api/client/account")).json(), Account.class);
    }

    /** A wrong password gives 400 (not 422); an address in use gives 422. */
    public void updateEmail(String email, String currentPassword) {
        transport.execute(ApiRequest.of("PUT", "/api/client/account/email")
                .json(Map.of("email", email, "password", currentPassword)));
    }

    public void updatePassword(String currentPassword, String newPassword) {
        transport.execute(ApiRequest.of("PUT", "/api/client/account/password").json(Map.of(
                "current_password", currentPassword, "password", newPassword, "password_confirmation", newPassword)));
    }

    public List<ApiKey> apiKeys() {
        return PanelJson.list(transport.execute(ApiRequest.get("/api/client/account/api-keys")).json(), ApiKey.class);
    }

    /** At most 25 keys per user. */
    public CreatedApiKey createApiKey(String description, List<String> allowedIps) {
        return ApiKeys.created(transport.execute(ApiRequest.of("POST", "/api/client/account/api-keys")
                .json(Map.of("description", description, "allowed_ips", allowedIps))).json());
    }

    public void deleteApiKey(String identifier) {
        transport.execute(ApiRequest.of("DELETE", "/api/client/account/api-keys/{identifier}", identifier));
    }
}
