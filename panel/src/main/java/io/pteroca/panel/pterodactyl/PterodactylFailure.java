package io.pteroca.panel.pterodactyl;

/**
 * Pterodactyl could not be asked, or did not do what was asked. The message is for logs and admins (Pterodactyl's
 * own words where it gave some); customers see a message key chosen by the caller, or {@link
 * PterodactylRefused#reason()}.
 */
public class PterodactylFailure extends RuntimeException {

    private final boolean permanent;

    PterodactylFailure(String message, Throwable cause, boolean permanent) {
        super(message, cause);
        this.permanent = permanent;
    }

    /** No retry can help: refused input, a missing object, a key without the permission, no configuration. */
    public boolean permanent() {
        return permanent;
    }
}
