package io.pteroca.pterodactyl.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;

/** Client {@code server_subuser}, addressed by the user's uuid. */
public record Subuser(String uuid, String username, String email, String image,
                      @JsonProperty("2fa_enabled") boolean twoFactorEnabled, OffsetDateTime createdAt,
                      List<String> permissions) {
}
