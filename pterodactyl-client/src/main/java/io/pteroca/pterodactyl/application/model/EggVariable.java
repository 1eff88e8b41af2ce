package io.pteroca.pterodactyl.application.model;

import java.time.OffsetDateTime;

/** Application {@code egg_variable}. */
public record EggVariable(int id, int eggId, String name, String description, String envVariable,
                          String defaultValue, boolean userViewable, boolean userEditable, String rules,
                          OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
