package io.pteroca.pterodactyl.error;

/** A successful answer whose body does not have the documented shape. */
public class UnexpectedResponseException extends PterodactylException {

    public UnexpectedResponseException(String message, Throwable cause) {
        super(message, cause);
    }
}
