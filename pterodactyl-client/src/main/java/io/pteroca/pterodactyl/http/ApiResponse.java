package io.pteroca.pterodactyl.http;

import io.pteroca.pterodactyl.json.PanelJson;
import tools.jackson.databind.JsonNode;

/** A successful answer. The body is empty for 204s. */
public record ApiResponse(int status, String body) {

    /** The parsed body, or null when it is empty. */
    public JsonNode json() {
        return PanelJson.parse(body);
    }
}
