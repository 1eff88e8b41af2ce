package io.pteroca.panel.pterodactyl;

/** No usable answer: the connection failed, the call timed out (a write may or may not have happened), or the answer was garbled. */
public class PterodactylUnreachable extends PterodactylFailure {

    PterodactylUnreachable(String message, Throwable cause) {
        super(message, cause, false);
    }
}
