package io.pteroca.pterodactyl.metrics;

/**
 * Receives every HTTP attempt, retries included. Implementations must be thread-safe and fast; an
 * exception thrown here is swallowed so metrics can never break a call.
 */
@FunctionalInterface
public interface CallListener {

    CallListener NONE = event -> {
    };

    void onCall(CallEvent event);

    static CallListener both(CallListener first, CallListener second) {
        return event -> {
            first.onCall(event);
            second.onCall(event);
        };
    }
}
