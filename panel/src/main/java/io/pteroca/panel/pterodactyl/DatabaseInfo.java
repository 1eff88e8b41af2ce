package io.pteroca.panel.pterodactyl;

import io.pteroca.pterodactyl.client.model.ClientDatabase;

/**
 * One of a server's databases; {@code password} only when it was asked for, {@code connectionsFrom} the hosts it
 * accepts connections from ("%" for any).
 */
public record DatabaseInfo(String id, String name, Host host, String username, String password, String connectionsFrom) {

    public record Host(String address, int port) {
    }

    static DatabaseInfo of(ClientDatabase database) {
        ClientDatabase.Host host = database.host();
        return new DatabaseInfo(database.id(), database.name(), host == null ? null : new Host(host.address(), host.port()),
                database.username(), database.password(), database.connectionsFrom());
    }
}
