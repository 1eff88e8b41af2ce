package io.pteroca.pterodactyl.application.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Application {@code egg}; {@code config} and {@code script} are kept as JSON trees. */
public record Egg(int id, String uuid, String name, int nest, String author, String description, String dockerImage,
                  Map<String, String> dockerImages, JsonNode config, String startup, JsonNode script,
                  OffsetDateTime createdAt, OffsetDateTime updatedAt, Relationships relationships) {

    public record Relationships(Nest nest, List<Server> servers, List<EggVariable> variables) {
    }
}
