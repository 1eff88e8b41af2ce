package io.pteroca.panel.pterodactyl;

import java.util.Locale;

/**
 * Pterodactyl answered 409 because of the server's state, not the request: it is restoring a backup, (re)installing,
 * being transferred, suspended, or its node is under maintenance. The same call works again once that is over.
 */
public class PterodactylConflict extends PterodactylRefused {

    /** What the server is busy with, as Pterodactyl's answer says. */
    public enum Busy {
        RESTORING, INSTALLING, TRANSFERRING, SUSPENDED, MAINTENANCE, OTHER
    }

    private final Busy busy;

    PterodactylConflict(String message, Throwable cause, String reason) {
        super(message, cause, false, reason);
        this.busy = busyFrom(reason);
    }

    public Busy busy() {
        return busy;
    }

    /** Pterodactyl says which state it is only in its English detail (the code is the same for all). */
    private static Busy busyFrom(String reason) {
        String text = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
        if (text.contains("restoring")) {
            return Busy.RESTORING;
        }
        if (text.contains("installation")) {
            return Busy.INSTALLING;
        }
        if (text.contains("transferred")) {
            return Busy.TRANSFERRING;
        }
        if (text.contains("suspended")) {
            return Busy.SUSPENDED;
        }
        if (text.contains("maintenance")) {
            return Busy.MAINTENANCE;
        }
        return Busy.OTHER;
    }
}
