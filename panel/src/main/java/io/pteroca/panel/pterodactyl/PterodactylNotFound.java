package io.pteroca.panel.pterodactyl;

/** The object asked for does not exist in Pterodactyl (any more), or the key may not see it. */
public class PterodactylNotFound extends PterodactylRefused {

    PterodactylNotFound(String message, Throwable cause, String reason) {
        super(message, cause, true, reason);
    }
}
