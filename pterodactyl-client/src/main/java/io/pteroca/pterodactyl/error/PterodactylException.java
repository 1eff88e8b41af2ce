package io.pteroca.pterodactyl.error;

/** Base of every failure raised by this client. */
public class PterodactylException extends RuntimeException {

    public PterodactylException(String message) {
        super(message);
    }

    public PterodactylException(String message, Throwable cause) {
        super(message, cause);
    }
}
