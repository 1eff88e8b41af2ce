package io.pteroca.panel.pterodactyl;

import io.pteroca.pterodactyl.client.model.ClientAllocation;

/** One of a server's ports: {@code ipAlias} is a hostname or null; the primary one is where the game listens. */
public record PortInfo(int id, String ip, String ipAlias, int port, String notes, boolean primary) {

    /** How customers connect: host (the alias when there is one) and port. */
    public String address() {
        return PterodactylServers.address(ipAlias, ip, port);
    }

    static PortInfo of(ClientAllocation allocation) {
        return new PortInfo(allocation.id(), allocation.ip(), allocation.ipAlias(), allocation.port(), allocation.notes(),
                allocation.primary());
    }
}
