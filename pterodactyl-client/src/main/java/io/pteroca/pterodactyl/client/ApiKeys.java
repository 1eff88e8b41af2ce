package io.pteroca.pterodactyl.client;

import io.pteroca.pterodactyl.client.model.ApiKey;
import io.pteroca.pterodactyl.client.model.CreatedApiKey;
import io.pteroca.pterodactyl.error.UnexpectedResponseException;
import io.pteroca.pterodactyl.json.PanelJson;
import tools.jackson.databind.JsonNode;

/** Reads {@code {object:"api_key", attributes, meta:{secret_token}}}, shared with the addon. */
public final class ApiKeys {

    private ApiKeys() {
    }

    public static CreatedApiKey created(JsonNode envelope) {
        JsonNode secret = envelope == null ? null : envelope.path("meta").get("secret_token");
        if (secret == null || !secret.isString()) {
            throw new UnexpectedResponseException("API key answer has no meta.secret_token", null);
        }
        return new CreatedApiKey(PanelJson.item(envelope, ApiKey.class), secret.asString());
    }
}
