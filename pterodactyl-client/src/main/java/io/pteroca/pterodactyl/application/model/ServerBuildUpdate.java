package io.pteroca.pterodactyl.application.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Full body of {@code PATCH /servers/{id}/build}: the panel requires {@code allocation} and every
 * feature limit (an omitted allocation limit becomes null), so start from {@link #from(Server)}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ServerBuildUpdate(int allocation, Boolean oomDisabled, ResourceLimits limits,
                                @JsonInclude(JsonInclude.Include.ALWAYS) FeatureLimits featureLimits,
                                List<Integer> addAllocations, List<Integer> removeAllocations) {

    public static ServerBuildUpdate from(Server server) {
        return new ServerBuildUpdate(server.allocation(), server.limits().oomDisabled(),
                server.limits().toResourceLimits(), server.featureLimits(), null, null);
    }

    public ServerBuildUpdate withLimits(ResourceLimits value) {
        return new ServerBuildUpdate(allocation, oomDisabled, value, featureLimits, addAllocations, removeAllocations);
    }

    public ServerBuildUpdate withFeatureLimits(FeatureLimits value) {
        return new ServerBuildUpdate(allocation, oomDisabled, limits, value, addAllocations, removeAllocations);
    }

    public ServerBuildUpdate withPrimaryAllocation(int value) {
        return new ServerBuildUpdate(value, oomDisabled, limits, featureLimits, addAllocations, removeAllocations);
    }

    public ServerBuildUpdate withAllocationChanges(List<Integer> add, List<Integer> remove) {
        return new ServerBuildUpdate(allocation, oomDisabled, limits, featureLimits, add, remove);
    }
}
