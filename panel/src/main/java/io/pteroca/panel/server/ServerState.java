package io.pteroca.panel.server;

import java.util.EnumSet;
import java.util.Set;

/** A sold server's lifecycle; {@link #canBecome} is the only way between states, and each move is logged. */
public enum ServerState {
    /** Paid, waiting for provisioning. */
    PENDING,
    /** Being placed and created in Pterodactyl. */
    PROVISIONING,
    /** Created; Pterodactyl runs the egg's install script. */
    INSTALLING,
    ACTIVE,
    /** Past its expiry, inside the grace period: still running, renewal brings it back. */
    EXPIRED,
    SUSPENDED,
    REINSTALLING,
    /** Being deleted in Pterodactyl (a refund follows when provisioning gave up). */
    DELETING,
    DELETED,
    /** Provisioning gave up; the order was refunded. */
    FAILED,
    /** No longer billed or managed here: gone from Pterodactyl, or handed over to another panel. */
    DETACHED;

    private Set<ServerState> next() {
        return switch (this) {
            case PENDING -> EnumSet.of(PROVISIONING, DELETING);
            case PROVISIONING -> EnumSet.of(PENDING, INSTALLING, DELETING);
            case INSTALLING -> EnumSet.of(ACTIVE, DELETING);
            case ACTIVE -> EnumSet.of(EXPIRED, SUSPENDED, REINSTALLING, DELETING, DETACHED);
            case EXPIRED -> EnumSet.of(ACTIVE, SUSPENDED, DELETING, DETACHED);
            case SUSPENDED -> EnumSet.of(ACTIVE, DELETING, DETACHED);
            case REINSTALLING -> EnumSet.of(ACTIVE, DELETING, DETACHED);
            case DELETING -> EnumSet.of(DELETED, FAILED);
            case DELETED, FAILED, DETACHED -> EnumSet.noneOf(ServerState.class);
        };
    }

    public boolean canBecome(ServerState target) {
        return next().contains(target);
    }

    /** Not yet usable: the customer waits and the page shows progress. */
    public boolean settingUp() {
        return this == PENDING || this == PROVISIONING || this == INSTALLING;
    }

    /** Paid time can be added: the server exists and is not being removed. */
    public boolean renewable() {
        return this == ACTIVE || this == EXPIRED || this == SUSPENDED || this == REINSTALLING;
    }

    /** Counts for stock and per-customer limits. */
    public boolean live() {
        return this != DELETED && this != FAILED && this != DETACHED;
    }

    /** Whether Pterodactyl should have the server suspended in this state. */
    public boolean suspendedInPanel() {
        return this == SUSPENDED;
    }
}
