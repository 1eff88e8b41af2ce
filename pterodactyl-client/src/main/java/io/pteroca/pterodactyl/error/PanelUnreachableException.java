package io.pteroca.pterodactyl.error;

/** The connection to the panel failed (refused, reset, DNS). */
public class PanelUnreachableException extends PterodactylException {

    public PanelUnreachableException(String endpoint, Throwable cause) {
        super(endpoint + " failed: " + cause, cause);
    }
}
