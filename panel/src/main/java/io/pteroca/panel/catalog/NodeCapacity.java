package io.pteroca.panel.catalog;

import io.pteroca.panel.pterodactyl.PterodactylInventory;
import io.pteroca.panel.pterodactyl.PterodactylInventory.LocationInfo;
import io.pteroca.panel.pterodactyl.PterodactylInventory.NodeInfo;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The nodes' free memory and disk as last read from Pterodactyl. Refreshed in the background, so the store never
 * calls Pterodactyl for a visitor; until the first refresh succeeds availability is unknown.
 */
@Component
public class NodeCapacity {

    private static final Logger log = LoggerFactory.getLogger(NodeCapacity.class);

    private final PterodactylInventory inventory;
    private final Clock clock;
    private volatile Snapshot snapshot;

    NodeCapacity(PterodactylInventory inventory, Clock clock) {
        this.inventory = inventory;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${pteroca.catalog.capacity-refresh:PT5M}",
            initialDelayString = "${pteroca.catalog.capacity-initial-delay:PT10S}")
    public void refresh() {
        if (!inventory.configured()) {
            return;
        }
        try {
            remember(inventory.nodes(), inventory.locations());
        } catch (RuntimeException e) {
            log.warn("Could not read node capacity from Pterodactyl; keeping the last known ({})", e.toString());
        }
    }

    /** Admin screens read the nodes anyway; what they saw is the freshest capacity there is. */
    void remember(List<NodeInfo> nodes, List<LocationInfo> locations) {
        snapshot = new Snapshot(List.copyOf(nodes), List.copyOf(locations), clock.instant());
    }

    /** The locations a customer can choose between for this product (those of its eligible nodes), from the cache. */
    public List<LocationInfo> locationsOf(ProductDefinition plan) {
        return snapshot().map(known -> {
            java.util.Set<Integer> used = ProductRules.eligibleNodes(plan, known.nodes()).stream().map(NodeInfo::locationId)
                    .collect(java.util.stream.Collectors.toSet());
            return known.locations().stream().filter(location -> used.contains(location.id())).toList();
        }).orElse(List.of());
    }

    /**
     * The plan's eligible nodes that have room for it now, roomiest first, from the cache (read once when empty).
     */
    public List<NodeInfo> nodesWithRoom(ProductDefinition plan) {
        if (snapshot == null) {
            refresh();
        }
        long memory = plan.resources().memory();
        long disk = plan.resources().disk();
        return snapshot().map(known -> ProductRules.eligibleNodes(plan, known.nodes()).stream()
                .filter(node -> node.fits(memory, disk))
                .sorted(java.util.Comparator.comparingLong((NodeInfo node) -> node.memoryCapacity() - node.memoryUsed()).reversed())
                .toList()).orElse(List.of());
    }

    /**
     * Whether the node has this much more memory and disk free (a bigger plan for a server on it), from the cache (read
     * once when empty); false when the node is unknown or in maintenance.
     */
    public boolean roomOn(int nodeId, long extraMemory, long extraDisk) {
        if (snapshot == null) {
            refresh();
        }
        return snapshot().flatMap(known -> known.nodes().stream().filter(node -> node.id() == nodeId).findFirst())
                .map(node -> node.fits(Math.max(0, extraMemory), Math.max(0, extraDisk))).orElse(false);
    }

    /** A server was placed: count it until the next refresh reads the real figures. */
    public synchronized void placed(int nodeId, long memory, long disk) {
        Snapshot known = snapshot;
        if (known == null) {
            return;
        }
        snapshot = new Snapshot(known.nodes().stream().map(node -> node.id() != nodeId ? node
                : new NodeInfo(node.id(), node.name(), node.locationId(), node.maintenance(), node.memoryCapacity(),
                        node.memoryUsed() + memory, node.diskCapacity(), node.diskUsed() + disk)).toList(), known.locations(),
                known.readAt());
    }

    Optional<Snapshot> snapshot() {
        return Optional.ofNullable(snapshot);
    }

    record Snapshot(List<NodeInfo> nodes, List<LocationInfo> locations, Instant readAt) {
    }
}
