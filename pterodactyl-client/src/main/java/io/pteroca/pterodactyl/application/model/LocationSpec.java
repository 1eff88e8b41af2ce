package io.pteroca.pterodactyl.application.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Body of {@code POST/PATCH /locations}. */
public record LocationSpec(@JsonProperty("short") String shortCode, @JsonProperty("long") String description) {
}
