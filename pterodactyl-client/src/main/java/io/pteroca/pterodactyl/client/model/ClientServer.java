package io.pteroca.pterodactyl.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.pteroca.pterodactyl.application.model.FeatureLimits;
import io.pteroca.pterodactyl.application.model.Limits;
import java.util.List;

/**
 * Client {@code server}. {@code status} is {@code installing}, {@code restoring_backup}, ... or null;
 * allocations are always included, variables are null without {@code startup.read}.
 */
public record ClientServer(boolean serverOwner, String identifier, int internalId, String uuid, String name,
                           String node, @JsonProperty("is_node_under_maintenance") boolean nodeUnderMaintenance,
                           SftpDetails sftpDetails, String description, Limits limits, String invocation,
                           String dockerImage, List<String> eggFeatures, FeatureLimits featureLimits, String status,
                           @JsonProperty("is_suspended") boolean suspended,
                           @JsonProperty("is_installing") boolean installing,
                           @JsonProperty("is_transferring") boolean transferring, Relationships relationships) {

    public record SftpDetails(String ip, int port) {
    }

    public record EggSummary(String uuid, String name) {
    }

    public record Relationships(List<ClientAllocation> allocations, List<ClientEggVariable> variables, EggSummary egg,
                                List<Subuser> subusers) {
    }
}
