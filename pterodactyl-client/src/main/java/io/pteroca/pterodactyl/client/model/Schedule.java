package io.pteroca.pterodactyl.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;

/** Client {@code server_schedule} with its tasks. */
public record Schedule(int id, String name, Cron cron, @JsonProperty("is_active") boolean active,
                       @JsonProperty("is_processing") boolean processing, boolean onlyWhenOnline,
                       OffsetDateTime lastRunAt, OffsetDateTime nextRunAt, OffsetDateTime createdAt,
                       OffsetDateTime updatedAt, Relationships relationships) {

    public List<ScheduleTask> tasks() {
        return relationships == null || relationships.tasks() == null ? List.of() : relationships.tasks();
    }

    public record Cron(String dayOfWeek, String dayOfMonth, String month, String hour, String minute) {
    }

    public record Relationships(List<ScheduleTask> tasks) {
    }
}
