package io.pteroca.panel.pterodactyl;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;

/** The admin overview tile: is Pterodactyl reachable, which addon, how busy. Checks at most once a minute. */
@Service
public class PterodactylOverview {

    private static final Duration REFRESH = Duration.ofMinutes(1);

    private final ConnectionCheck check;
    private final PterodactylCallMetrics metrics;
    private final PterodactylConnection connection;
    private final Clock clock;
    private volatile List<ConnectionCheck.Result> lastCheck = List.of();
    private volatile Instant checkedAt = Instant.MIN;

    PterodactylOverview(ConnectionCheck check, PterodactylCallMetrics metrics, PterodactylConnection connection, Clock clock) {
        this.check = check;
        this.metrics = metrics;
        this.connection = connection;
        this.clock = clock;
    }

    /** What the tile shows. */
    public record Status(boolean configured, boolean reachable, String addon, int callsLastMinute, int headroomPerMinute,
                         int limitPerMinute) {
    }

    public Status status() {
        if (checkedAt.plus(REFRESH).isBefore(clock.instant())) {
            lastCheck = check.run();
            checkedAt = clock.instant();
        }
        boolean reachable = lastCheck.stream().anyMatch(r -> r.check().equals("reachable") && r.outcome() == ConnectionCheck.Outcome.OK);
        String addon = ConnectionCheck.addonVersion(lastCheck).orElse(null);
        int calls = metrics.callsInTheLastMinute();
        int limit = connection.requestsPerMinute();
        return new Status(connection.configured(), reachable, addon, calls, Math.max(0, limit - calls), limit);
    }

    void forget() {
        checkedAt = Instant.MIN;
    }
}
