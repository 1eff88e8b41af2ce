package io.pteroca.pterodactyl.application.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Body of {@code POST/PATCH /nodes}. The API does not accept a description. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NodeSpec(String name, int locationId, String fqdn, String scheme, @JsonProperty("public") Boolean publicNode,
                       Boolean behindProxy, Boolean maintenanceMode, long memory, int memoryOverallocate, long disk,
                       int diskOverallocate, Integer uploadSize, int daemonListen, int daemonSftp, String daemonBase) {
}
