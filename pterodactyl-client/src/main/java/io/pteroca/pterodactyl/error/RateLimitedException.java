package io.pteroca.pterodactyl.error;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** HTTP 429: the panel's per-user limiter or the backup throttle refused the call; nothing was done. */
public class RateLimitedException extends PterodactylApiException {

    private final Duration retryAfter;

    public RateLimitedException(int status, List<ApiError> errors, String endpoint, Duration retryAfter) {
        super(status, errors, endpoint);
        this.retryAfter = retryAfter;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
