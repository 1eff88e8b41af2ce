package io.pteroca.pterodactyl.error;

/** No answer within the configured timeout. For writes the outcome on the panel is unknown. */
public class RequestTimeoutException extends PterodactylException {

    public RequestTimeoutException(String endpoint, Throwable cause) {
        super(endpoint + " timed out", cause);
    }
}
