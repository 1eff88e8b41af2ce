package io.pteroca.pterodactyl.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Client {@code stats}: {@code currentState} is offline, starting, running or stopping. Cached 20 s by the panel. */
public record ResourceUsage(String currentState, @JsonProperty("is_suspended") boolean suspended, Resources resources) {

    /** {@code uptime} is in milliseconds; {@code cpuAbsolute} in percent of one core. */
    public record Resources(long memoryBytes, double cpuAbsolute, long diskBytes, long networkRxBytes,
                            long networkTxBytes, long uptime) {
    }
}
