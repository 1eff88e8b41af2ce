package io.pteroca.pterodactyl.application.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Full body of {@code PATCH /users/{id}}: the panel requires email, username, first and last name on
 * every call, so build it from the current user ({@link #from(User)}) and change what you need.
 * A null password keeps the old one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UserUpdate(String email, String username, String firstName, String lastName,
                         @JsonInclude(JsonInclude.Include.ALWAYS) String externalId, String language,
                         Boolean rootAdmin, String password) {

    public static UserUpdate from(User user) {
        return new UserUpdate(user.email(), user.username(), user.firstName(), user.lastName(), user.externalId(),
                user.language(), user.rootAdmin(), null);
    }

    public UserUpdate withEmail(String value) {
        return new UserUpdate(value, username, firstName, lastName, externalId, language, rootAdmin, password);
    }

    public UserUpdate withUsername(String value) {
        return new UserUpdate(email, value, firstName, lastName, externalId, language, rootAdmin, password);
    }

    public UserUpdate withName(String first, String last) {
        return new UserUpdate(email, username, first, last, externalId, language, rootAdmin, password);
    }

    public UserUpdate withExternalId(String value) {
        return new UserUpdate(email, username, firstName, lastName, value, language, rootAdmin, password);
    }

    public UserUpdate withRootAdmin(boolean value) {
        return new UserUpdate(email, username, firstName, lastName, externalId, language, value, password);
    }

    public UserUpdate withPassword(String value) {
        return new UserUpdate(email, username, firstName, lastName, externalId, language, rootAdmin, value);
    }
}
