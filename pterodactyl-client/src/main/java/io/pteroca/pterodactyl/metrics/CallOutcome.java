package io.pteroca.pterodactyl.metrics;

/** How one HTTP attempt ended. */
public enum CallOutcome {
    SUCCESS,
    CLIENT_ERROR,
    RATE_LIMITED,
    SERVER_ERROR,
    TIMEOUT,
    CONNECTION_ERROR;

    public static CallOutcome ofStatus(int status) {
        if (status < 400) {
            return SUCCESS;
        }
        if (status == 429) {
            return RATE_LIMITED;
        }
        return status >= 500 ? SERVER_ERROR : CLIENT_ERROR;
    }
}
