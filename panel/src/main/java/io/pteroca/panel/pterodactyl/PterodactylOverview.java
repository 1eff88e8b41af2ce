package io.pteroca.panel.pterodactyl;

import io.pteroca.pterodactyl.PanelDialect;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;

/**
 * The admin overview tile: is Pterodactyl reachable, which addon, how busy. Checks at most once a minute, one check at
 * a time, in the background: a view after the minute shows the last result and starts the next check, so no admin
 * waits for Pterodactyl's answers (a few hundred milliseconds, once a minute: the overview's slowest views). Only views
 * before the first result, or right after the connection settings changed (here, or on another instance), wait for
 * it; the first check starts with the panel.
 */
@Service
public class PterodactylOverview {

    private static final Logger log = LoggerFactory.getLogger(PterodactylOverview.class);
    private static final Duration REFRESH = Duration.ofMinutes(1);

    private final ConnectionCheck check;
    private final PterodactylCallMetrics metrics;
    private final PterodactylConnection connection;
    private final PterodactylSettings settings;
    private final Clock clock;
    private volatile List<ConnectionCheck.Result> lastCheck = List.of();
    private volatile Instant checkedAt = Instant.MIN;
    /** The URL and key the last check was for: a check of another panel says nothing about this one. */
    private volatile String checkedFor = "";
    private final ReentrantLock firstChecking = new ReentrantLock();
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private final TaskExecutor background;

    PterodactylOverview(ConnectionCheck check, PterodactylCallMetrics metrics, PterodactylConnection connection,
                        PterodactylSettings settings, Clock clock,
                        @Qualifier("applicationTaskExecutor") TaskExecutor background) {
        this.background = background;
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

    /** The first check runs while the panel starts serving, not in the first admin's view. */
    @EventListener(ApplicationReadyEvent.class)
    void checkAhead() {
        if (connection.configured()) {
            background.execute(() -> {
                try {
                    status();
                } catch (RuntimeException e) {
                    log.warn("The first check of Pterodactyl for the overview failed; the first view tries again", e);
                }
            });
        }
    }

    public Status status() {
        if (neverChecked()) {
            firstCheck();
        } else if (due()) {
            refreshInBackground();
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

    private void firstCheck() {
        firstChecking.lock();
        try {
            if (neverChecked()) {
                runCheck();
            }
        } finally {
            firstChecking.unlock();
        }
    }

    private void refreshInBackground() {
        if (!refreshing.compareAndSet(false, true)) {
            return;
        }
        try {
            background.execute(() -> {
                try {
                    if (due()) {
                        runCheck();
                    }
                } catch (RuntimeException e) {
                    log.warn("Pterodactyl could not be checked for the overview; it shows the check of {}", checkedAt, e);
                } finally {
                    refreshing.set(false);
                }
            });
        } catch (RuntimeException rejected) {
            refreshing.set(false);
            throw rejected;
        }
    }

    private void runCheck() {
        String target = connectionNow();
        lastCheck = check.run();
        checkedFor = target;
        checkedAt = clock.instant();
    }

    private String connectionNow() {
        return settings.configured() ? settings.url() + "\n" + settings.applicationKey() : "";
    }

    /** The connection settings changed: the next view checks again and shows that answer, not the old one. */
    void forget() {
        checkedAt = Instant.MIN;
    }

    private boolean neverChecked() {
        return checkedAt.equals(Instant.MIN) || !checkedFor.equals(connectionNow());
    }
}
