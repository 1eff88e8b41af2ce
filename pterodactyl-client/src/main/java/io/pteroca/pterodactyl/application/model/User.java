package io.pteroca.pterodactyl.application.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;

/** Application {@code user}. */
public record User(int id, String externalId, String uuid, String username, String email, String firstName,
                   String lastName, String language, boolean rootAdmin, @JsonProperty("2fa") boolean twoFactorEnabled,
                   OffsetDateTime createdAt, OffsetDateTime updatedAt, Relationships relationships) {

    /** Present only with {@code include=servers}. */
    public record Relationships(java.util.List<Server> servers) {
    }
}
