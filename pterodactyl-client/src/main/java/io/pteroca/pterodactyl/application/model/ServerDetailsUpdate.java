package io.pteroca.pterodactyl.application.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Full body of {@code PATCH /servers/{id}/details}. The panel writes all four fields on every call:
 * a missing {@code external_id} is stored as null, so always start from {@link #from(Server)}.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ServerDetailsUpdate(String name, int user, String externalId, String description) {

    public static ServerDetailsUpdate from(Server server) {
        return new ServerDetailsUpdate(server.name(), server.user(), server.externalId(), server.description());
    }

    public ServerDetailsUpdate withName(String value) {
        return new ServerDetailsUpdate(value, user, externalId, description);
    }

    public ServerDetailsUpdate withOwner(int value) {
        return new ServerDetailsUpdate(name, value, externalId, description);
    }

    public ServerDetailsUpdate withExternalId(String value) {
        return new ServerDetailsUpdate(name, user, value, description);
    }

    public ServerDetailsUpdate withDescription(String value) {
        return new ServerDetailsUpdate(name, user, externalId, value);
    }
}
