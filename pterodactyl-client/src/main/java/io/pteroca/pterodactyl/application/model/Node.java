package io.pteroca.pterodactyl.application.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Application {@code node}. {@code sumMemory}/{@code sumDisk} are only set by the deployable endpoint
 * (the panel sends them as strings).
 */
public record Node(int id, String uuid, @JsonProperty("public") boolean publicNode, String name, String description,
                   int locationId, String fqdn, String scheme, boolean behindProxy, boolean maintenanceMode,
                   long memory, int memoryOverallocate, long disk, int diskOverallocate, int uploadSize,
                   int daemonListen, int daemonSftp, String daemonBase, OffsetDateTime createdAt,
                   OffsetDateTime updatedAt, Long sumMemory, Long sumDisk, AllocatedResources allocatedResources,
                   Relationships relationships, List<String> tags) {

    /** Pelican's node tags, which take the place of locations there ({@code locationId} is 0); empty on Pterodactyl. */
    @Override
    public List<String> tags() {
        return tags == null ? List.of() : tags;
    }

    public record AllocatedResources(long memory, long disk) {
    }

    public record Relationships(List<Allocation> allocations, Location location, List<Server> servers) {
    }
}
