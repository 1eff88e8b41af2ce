package io.pteroca.pterodactyl.application.model;

import java.time.OffsetDateTime;

/** Application {@code server_database}; the relationships need {@code include=password,host}. */
public record ServerDatabase(int id, int server, int host, String database, String username, String remote,
                             Integer maxConnections, OffsetDateTime createdAt, OffsetDateTime updatedAt,
                             Relationships relationships) {

    public record Relationships(Password password, DatabaseHost host) {
    }

    public record Password(String password) {
    }

    public record DatabaseHost(int id, String name, String host, int port, String username, Integer node) {
    }
}
