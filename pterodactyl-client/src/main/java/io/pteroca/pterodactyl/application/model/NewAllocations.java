package io.pteroca.pterodactyl.application.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** Body of {@code POST /nodes/{id}/allocations}: ports are {@code "25565"} or ranges {@code "25565-25600"}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewAllocations(String ip, String alias, List<String> ports) {
}
