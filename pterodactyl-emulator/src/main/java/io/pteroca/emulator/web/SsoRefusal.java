package io.pteroca.emulator.web;

/** A refused single sign-on: the browser sees {"error": message} with the status; the reason only goes to the log. */
final class SsoRefusal extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String reason;

    private SsoRefusal(int status, String message, String reason) {
        super(message);
        this.status = status;
        this.reason = reason;
    }

    static SsoRefusal notConfigured() {
        return new SsoRefusal(503, "SSO not configured", "PTEROCA_SSO_SECRET is not set");
    }

    static SsoRefusal invalidToken(String reason) {
        return new SsoRefusal(401, "Invalid token", reason);
    }

    static SsoRefusal userNotFound(String reason) {
        return new SsoRefusal(404, "User not found", reason);
    }

    static SsoRefusal forbidden(String message, String reason) {
        return new SsoRefusal(403, message, reason);
    }

    int status() {
        return status;
    }

    String reason() {
        return reason;
    }
}
