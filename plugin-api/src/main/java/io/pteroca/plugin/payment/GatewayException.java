package io.pteroca.plugin.payment;

/** The provider could not be reached or refused the request. */
public class GatewayException extends Exception {

    public GatewayException(String message, Throwable cause) {
        super(message, cause);
    }
}
