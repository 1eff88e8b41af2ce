package io.pteroca.panel.api;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** How many API requests one token may make per window ({@code pteroca.api.rate-limit.*}). */
@ConfigurationProperties("pteroca.api.rate-limit")
record ApiRateLimit(Integer requests, Duration window) {

    ApiRateLimit {
        requests = requests == null ? 120 : requests;
        window = window == null ? Duration.ofMinutes(1) : window;
    }
}
