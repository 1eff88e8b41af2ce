package io.pteroca.pterodactyl.client.model;

import java.util.List;

/** Client {@code server_database}; {@code id} is a hashid. The password is only present on create, rotate or {@code include=password}. */
public record ClientDatabase(String id, Host host, String name, String username, String connectionsFrom,
                             Integer maxConnections, Relationships relationships) {

    public String password() {
        return relationships == null || relationships.password() == null ? null : relationships.password().password();
    }

    public record Host(String address, int port) {
    }

    public record Relationships(Password password) {
    }

    public record Password(String password) {
    }
}
