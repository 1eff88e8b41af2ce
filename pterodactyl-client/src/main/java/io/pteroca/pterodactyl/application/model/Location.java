package io.pteroca.pterodactyl.application.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;

/** Application {@code location}: {@code short} is the code, {@code long} the description. */
public record Location(int id, @JsonProperty("short") String shortCode, @JsonProperty("long") String description,
                       OffsetDateTime updatedAt, OffsetDateTime createdAt, Relationships relationships) {

    public record Relationships(List<Node> nodes, List<Server> servers) {
    }
}
