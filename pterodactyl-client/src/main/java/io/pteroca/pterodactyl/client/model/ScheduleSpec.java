package io.pteroca.pterodactyl.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Body of schedule create/update. {@code month} is required in practice (the panel answers 500 without it). */
public record ScheduleSpec(String name, @JsonProperty("is_active") boolean active, String minute, String hour,
                           String dayOfMonth, String month, String dayOfWeek, boolean onlyWhenOnline) {
}
