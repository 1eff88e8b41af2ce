package io.pteroca.pterodactyl.application.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Body of {@code POST /servers}. Either {@code allocation} or {@code deploy} must be set. The
 * {@code environment} must hold every required egg variable. Give an {@code externalId} so a create
 * that timed out can be recovered. Null fields are not sent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewServer(String name, int user, int egg, String dockerImage, String startup,
                        @JsonInclude(JsonInclude.Include.ALWAYS) Map<String, String> environment,
                        ResourceLimits limits, FeatureLimits featureLimits, AllocationChoice allocation,
                        Deployment deploy, String externalId, String description, Boolean skipScripts,
                        Boolean oomDisabled, Boolean startOnCompletion) {

    public NewServer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(featureLimits, "featureLimits");
        environment = environment == null ? Map.of() : environment;
        if ((allocation == null) == (deploy == null)) {
            throw new IllegalArgumentException("set exactly one of allocation and deploy");
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AllocationChoice(@JsonProperty("default") int defaultAllocation, List<Integer> additional) {
    }

    /**
     * Automatic placement: public nodes in {@code locations} (Pterodactyl; all when empty) or with any of the
     * {@code tags} (Pelican; all when empty) with a free port in {@code portRange}. On Pelican an empty range
     * places the server without any allocation.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Deployment(List<Integer> locations, boolean dedicatedIp, @JsonInclude(JsonInclude.Include.ALWAYS) List<String> portRange,
                             List<String> tags) {

        public Deployment(List<Integer> locations, boolean dedicatedIp, List<String> portRange) {
            this(locations, dedicatedIp, portRange, null);
        }

        public static Deployment byTags(List<String> tags, boolean dedicatedIp, List<String> portRange) {
            return new Deployment(null, dedicatedIp, portRange, tags);
        }
    }
}
