package io.pteroca.panel.pterodactyl;

import io.pteroca.pterodactyl.application.model.Egg;
import io.pteroca.pterodactyl.application.model.EggVariable;
import io.pteroca.pterodactyl.application.model.Location;
import io.pteroca.pterodactyl.application.model.Nest;
import io.pteroca.pterodactyl.application.model.Node;
import io.pteroca.pterodactyl.page.ListQuery;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * What a Pterodactyl panel offers to sell: nests, eggs with their variables, nodes and locations, read live with
 * the application key. On Pelican there are no nests or locations: every egg is listed at once and nodes carry tags. Admin screens call it directly; customer pages use the cached {@code NodeCapacity} instead.
 * Failures are {@link PterodactylFailure}s.
 */
@Service
public class PterodactylInventory {

    private final PterodactylConnection connection;

    PterodactylInventory(PterodactylConnection connection) {
        this.connection = connection;
    }

    public boolean configured() {
        return connection.configured();
    }

    /** Whether the panel is Pelican: eggs without nests, node tags instead of locations. */
    public boolean pelican() {
        return connection.pelican();
    }

    /** The panel these lists come from, so what was read from another panel is not taken for this one's. */
    public String panelUrl() {
        return connection.panelUrl();
    }

    /** Pelican has no nests: none. */
    public List<NestInfo> nests() {
        if (pelican()) {
            return List.of();
        }
        return connection.withApplicationKey(api -> api.nests().stream(ListQuery.none()).sorted(Comparator.comparing(Nest::name))
                .map(nest -> new NestInfo(nest.id(), nest.name())).toList());
    }

    /** The nest's eggs; on Pelican every egg, whatever the nest. */
    public List<EggInfo> eggs(int nestId) {
        if (pelican()) {
            return connection.withApplicationKey(api -> api.eggs().list("variables").stream()
                    .sorted(Comparator.comparing(Egg::name)).map(PterodactylInventory::eggInfo).toList());
        }
        return connection.withApplicationKey(api -> api.nests().eggs(nestId, "variables").stream()
                .sorted(Comparator.comparing(Egg::name))
                .map(PterodactylInventory::eggInfo)
                .toList());
    }

    public List<NodeInfo> nodes() {
        return connection.withApplicationKey(api -> api.nodes().stream(ListQuery.none()).sorted(Comparator.comparing(Node::name))
                .map(PterodactylInventory::nodeInfo).toList());
    }

    /** Pelican has no locations (its nodes carry tags): none. */
    public List<LocationInfo> locations() {
        if (pelican()) {
            return List.of();
        }
        return connection.withApplicationKey(api -> api.locations().stream(ListQuery.none()).sorted(Comparator.comparing(Location::shortCode))
                .map(location -> new LocationInfo(location.id(), location.shortCode(), location.description())).toList());
    }

    private static EggInfo eggInfo(Egg egg) {
        List<EggVariable> variables = egg.relationships() == null || egg.relationships().variables() == null
                ? List.of() : egg.relationships().variables();
        return new EggInfo(egg.id(), egg.name(), egg.startup(), egg.dockerImages() == null ? Map.of() : egg.dockerImages(),
                variables.stream().map(v -> new VariableInfo(v.envVariable(), v.name(), v.description(), v.defaultValue(),
                        v.rules(), v.userViewable(), v.userEditable())).toList(), egg.tags());
    }

    private static NodeInfo nodeInfo(Node node) {
        long usedMemory = node.allocatedResources() == null ? 0 : node.allocatedResources().memory();
        long usedDisk = node.allocatedResources() == null ? 0 : node.allocatedResources().disk();
        return new NodeInfo(node.id(), node.name(), node.locationId(), node.maintenanceMode(),
                capacity(node.memory(), node.memoryOverallocate()), usedMemory,
                capacity(node.disk(), node.diskOverallocate()), usedDisk, node.tags());
    }

    /** Pterodactyl's rule: the limit grows by the overallocation percent, and a negative percent means no limit. */
    static long capacity(long size, int overallocatePercent) {
        return overallocatePercent < 0 ? Long.MAX_VALUE : size + size * overallocatePercent / 100;
    }

    public record NestInfo(int id, String name) {
    }

    /** {@code dockerImages} maps a display name to the image; {@code tags} are Pelican's (none on Pterodactyl). */
    public record EggInfo(int id, String name, String startup, Map<String, String> dockerImages, List<VariableInfo> variables,
                          List<String> tags) {

        public EggInfo {
            tags = tags == null ? List.of() : List.copyOf(tags);
        }

        public EggInfo(int id, String name, String startup, Map<String, String> dockerImages, List<VariableInfo> variables) {
            this(id, name, startup, dockerImages, variables, List.of());
        }
    }

    public record VariableInfo(String envVariable, String name, String description, String defaultValue, String rules,
                               boolean userViewable, boolean userEditable) {
    }

    /**
     * Memory and disk in MB; the capacity already includes overallocation ({@link Long#MAX_VALUE}: unlimited).
     * {@code locationId} is 0 on Pelican, whose nodes have {@code tags} instead.
     */
    public record NodeInfo(int id, String name, int locationId, boolean maintenance, long memoryCapacity, long memoryUsed,
                           long diskCapacity, long diskUsed, List<String> tags) {

        public NodeInfo {
            tags = tags == null ? List.of() : List.copyOf(tags);
        }

        public NodeInfo(int id, String name, int locationId, boolean maintenance, long memoryCapacity, long memoryUsed,
                        long diskCapacity, long diskUsed) {
            this(id, name, locationId, maintenance, memoryCapacity, memoryUsed, diskCapacity, diskUsed, List.of());
        }

        /** The same node with this much more memory and disk in use. */
        public NodeInfo using(long memory, long disk) {
            return new NodeInfo(id, name, locationId, maintenance, memoryCapacity, memoryUsed + memory, diskCapacity,
                    diskUsed + disk, tags);
        }

        public boolean fits(long memory, long disk) {
            return !maintenance && memoryCapacity - memoryUsed >= memory && diskCapacity - diskUsed >= disk;
        }

        public boolean couldEverHold(long memory, long disk) {
            return memoryCapacity >= memory && diskCapacity >= disk;
        }
    }

    public record LocationInfo(int id, String shortCode, String description) {
    }
}
