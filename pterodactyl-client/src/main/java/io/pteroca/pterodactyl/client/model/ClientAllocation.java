package io.pteroca.pterodactyl.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Client {@code allocation}. */
public record ClientAllocation(int id, String ip, String ipAlias, int port, String notes,
                               @JsonProperty("is_default") boolean primary) {
}
