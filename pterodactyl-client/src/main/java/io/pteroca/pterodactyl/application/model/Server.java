package io.pteroca.pterodactyl.application.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** Application {@code server}. {@code status} is null once installed and running normally. */
public record Server(int id, String externalId, String uuid, String identifier, String name, String description,
                     String status, boolean suspended, Limits limits, FeatureLimits featureLimits, int user, int node,
                     int allocation, int nest, int egg, Container container, OffsetDateTime updatedAt,
                     OffsetDateTime createdAt, Relationships relationships) {

    public boolean installing() {
        return "installing".equals(status);
    }

    /** {@code installed} is 1/0 on the wire. */
    public record Container(String startupCommand, String image, int installed, Map<String, String> environment) {
    }

    /** Each list or item is present only when requested with {@code include=}. */
    public record Relationships(List<Allocation> allocations, User user, List<ServerSubuser> subusers, Nest nest,
                                Egg egg, List<ServerVariable> variables, Location location, Node node,
                                List<ServerDatabase> databases) {
    }
}
