package io.pteroca.pterodactyl.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.Map;

/** Client {@code activity_log}; {@code id} is a sha1 string. */
public record ActivityLog(String id, String batch, String event, @JsonProperty("is_api") boolean api, String ip,
                          String description, Map<String, Object> properties, boolean hasAdditionalMetadata,
                          OffsetDateTime timestamp) {
}
