package io.pteroca.pterodactyl.application.model;

import java.time.OffsetDateTime;
import java.util.List;

/** Application {@code nest}. */
public record Nest(int id, String uuid, String author, String name, String description, OffsetDateTime createdAt,
                   OffsetDateTime updatedAt, Relationships relationships) {

    public record Relationships(List<Egg> eggs, List<Server> servers) {
    }
}
