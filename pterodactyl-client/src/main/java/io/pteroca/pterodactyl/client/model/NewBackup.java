package io.pteroca.pterodactyl.client.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Body of {@code POST .../backups}; {@code ignored} is newline-separated patterns. Null fields are not sent. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewBackup(String name, @JsonProperty("is_locked") Boolean locked, String ignored) {
}
