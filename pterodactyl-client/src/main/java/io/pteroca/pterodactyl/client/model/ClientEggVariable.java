package io.pteroca.pterodactyl.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Client {@code egg_variable}: a user-viewable variable and this server's value. */
public record ClientEggVariable(String name, String description, String envVariable, String defaultValue,
                                String serverValue, @JsonProperty("is_editable") boolean editable, String rules) {
}
