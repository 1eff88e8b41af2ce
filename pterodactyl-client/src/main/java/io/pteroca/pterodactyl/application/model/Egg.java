package io.pteroca.pterodactyl.application.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Application {@code egg}; {@code config} and {@code script} are kept as JSON trees. Pelican adds {@code tags} and
 * {@code startup_commands} (a name to command map) and has no nest.
 */
public record Egg(int id, String uuid, String name, int nest, String author, String description, String dockerImage,
                  Map<String, String> dockerImages, JsonNode config, String startup, JsonNode script,
                  OffsetDateTime createdAt, OffsetDateTime updatedAt, Relationships relationships,
                  List<String> tags, Map<String, String> startupCommands) {

    /** Pelican's egg tags (its eggs have no nest, {@code nest} is 0); empty on Pterodactyl. */
    @Override
    public List<String> tags() {
        return tags == null ? List.of() : tags;
    }

    public record Relationships(Nest nest, List<Server> servers, List<EggVariable> variables) {
    }
}
