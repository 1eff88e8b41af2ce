package io.pteroca.pterodactyl.application.model;

import java.time.OffsetDateTime;
import tools.jackson.databind.annotation.JsonDeserialize;

/** Application {@code egg_variable}; {@code rules} in Laravel's {@code a|b} form (Pelican sends a list, joined here). */
public record EggVariable(int id, int eggId, String name, String description, String envVariable,
                          String defaultValue, boolean userViewable, boolean userEditable,
                          @JsonDeserialize(using = RulesDeserializer.class) String rules,
                          OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
