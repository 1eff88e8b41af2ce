package io.pteroca.pterodactyl.application.model;

import java.time.OffsetDateTime;

/** Application {@code server_variable}: an egg variable plus this server's value (null = default). */
public record ServerVariable(int id, int eggId, String name, String description, String envVariable,
                             String defaultValue, boolean userViewable, boolean userEditable, String rules,
                             OffsetDateTime createdAt, OffsetDateTime updatedAt, String serverValue) {

    public String effectiveValue() {
        return serverValue != null ? serverValue : defaultValue;
    }
}
