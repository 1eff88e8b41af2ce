package io.pteroca.panel.pterodactyl;

/**
 * Pterodactyl answered and refused: its own rules (a locked backup, a limit, a throttle), a server busy installing,
 * or a failure on its side. {@link #reason()} is its explanation, plain text that pages show escaped.
 */
public class PterodactylRefused extends PterodactylFailure {

    private final String reason;

    PterodactylRefused(String message, Throwable cause, boolean permanent, String reason) {
        super(message, cause, permanent);
        this.reason = reason;
    }

    /** Pterodactyl's words for the refusal; null when it gave none. */
    public String reason() {
        return reason;
    }
}
