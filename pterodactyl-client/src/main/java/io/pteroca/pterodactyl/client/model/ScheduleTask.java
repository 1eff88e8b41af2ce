package io.pteroca.pterodactyl.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;

/** Client {@code schedule_task}: {@code action} is command, power or backup; {@code timeOffset} in seconds. */
public record ScheduleTask(int id, int sequenceId, String action, String payload, int timeOffset,
                           @JsonProperty("is_queued") boolean queued, boolean continueOnFailure,
                           OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
