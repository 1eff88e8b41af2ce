package io.pteroca.panel.pterodactyl;

import io.pteroca.pterodactyl.PanelDialect;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.stereotype.Service;

/**
 * The admin overview tile: is Pterodactyl reachable, which addon, how busy. Checks at most once a minute, and one
 * check at a time: while one admin's view runs it, the others see the last result instead of each calling Pterodactyl
 * (only views before the first result wait for it).
 */
@Service
public class PterodactylOverview {

    private static final Duration REFRESH = Duration.ofMinutes(1);

    private final ConnectionCheck check;
    private final PterodactylCallMetrics metrics;
    private final PterodactylConnection connection;
    private final PterodactylSettings settings;
    private final Clock clock;
    private volatile List<ConnectionCheck.Result> lastCheck = List.of();
    private volatile Instant checkedAt = Instant.MIN;
    private final ReentrantLock checking = new ReentrantLock();

    PterodactylOverview(ConnectionCheck check, PterodactylCallMetrics metrics, PterodactylConnection connection,
                        PterodactylSettings settings, Clock clock) {
        this.check = check;
        this.settings = settings;
        this.metrics = metrics;
        this.connection = connection;
        this.clock = clock;
    }

    /**
     * What the tile shows. {@code dialect}: "Pterodactyl" or "Pelican", null until known. {@code clientKeys}: how
     * customers' servers are managed on Pelican: {@code plugin}, {@code fallback} (a root admin's key, named in Pelican's
     * activity log) or {@code unavailable}; null on Pterodactyl or while unknown.
     */
    public record Status(boolean configured, boolean reachable, String addon, int callsLastMinute, int headroomPerMinute,
                         int limitPerMinute, String dialect, String clientKeys) {

        public boolean clientKeysWarning() {
            return "fallback".equals(clientKeys) || "unavailable".equals(clientKeys);
        }
    }

    public Status status() {
        if (due()) {
            refresh();
        }
        boolean reachable = lastCheck.stream().anyMatch(r -> r.check().equals("reachable") && r.outcome() == ConnectionCheck.Outcome.OK);
        String addon = ConnectionCheck.addonVersion(lastCheck).orElse(null);
        int calls = metrics.callsInTheLastMinute();
        int limit = connection.requestsPerMinute();
        PanelDialect dialect = connection.configured() ? connection.knownDialect().orElse(null) : null;
        return new Status(connection.configured(), reachable, addon, calls, Math.max(0, limit - calls), limit,
                dialect == null ? null : ConnectionCheck.dialectName(dialect), clientKeys(dialect, reachable, addon));
    }

    private String clientKeys(PanelDialect dialect, boolean reachable, String addon) {
        if (dialect != PanelDialect.PELICAN || !reachable) {
            return null;
        }
        if (addon != null) {
            return "plugin";
        }
        return settings.pelicanAdminClientKey().isPresent() ? "fallback" : "unavailable";
    }

    private boolean due() {
        return checkedAt.plus(REFRESH).isBefore(clock.instant());
    }

    private void refresh() {
        boolean firstCheck = lastCheck.isEmpty();
        if (firstCheck) {
            checking.lock();
        } else if (!checking.tryLock()) {
            return;
        }
        try {
            if (due()) {
                lastCheck = check.run();
                checkedAt = clock.instant();
            }
        } finally {
            checking.unlock();
        }
    }

    void forget() {
        checkedAt = Instant.MIN;
    }
}
