package io.pteroca.pterodactyl.application.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * Body of {@code POST /users}. Give an {@code externalId}: it is what lets a create that timed out be
 * found again instead of being repeated. Null fields are not sent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewUser(String email, String username, String firstName, String lastName, String externalId,
                      String password, String language, Boolean rootAdmin) {

    public NewUser {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
    }

    public static NewUser of(String email, String username, String firstName, String lastName, String externalId) {
        return new NewUser(email, username, firstName, lastName, externalId, null, null, null);
    }

    public NewUser withPassword(String value) {
        return new NewUser(email, username, firstName, lastName, externalId, value, language, rootAdmin);
    }
}
