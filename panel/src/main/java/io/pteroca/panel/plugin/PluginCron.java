package io.pteroca.panel.plugin;

import io.pteroca.panel.shared.UtcColumns;
import io.pteroca.panel.shared.work.ItemFailure;
import io.pteroca.plugin.cron.CronTask;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/**
 * Runs the plugins' cron tasks. Every half minute it asks each task whether a run is due by its schedule since
 * its last run (kept in the database); a due task runs under a ShedLock lock of its own, so it runs once across
 * panel instances, and once after downtime however many ticks were missed. A new task first runs at its next
 * time after it was registered. Time comes from the panel's clock.
 */
@Component
class PluginCron {

    private static final Logger log = LoggerFactory.getLogger(PluginCron.class);
    private static final Duration LONGEST_RUN = Duration.ofMinutes(10);

    private final ActivePlugins active;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final LockingTaskExecutor locks;
    private final ExecutorService runner = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "plugin-cron");
        thread.setDaemon(true);
        return thread;
    });

    PluginCron(ActivePlugins active, JdbcTemplate jdbc, Clock clock, LockProvider lockProvider) {
        this.active = active;
        this.jdbc = jdbc;
        this.clock = clock;
        this.locks = new DefaultLockingTaskExecutor(lockProvider);
    }

    /** Reads a five-field Unix cron expression; throws for anything else. */
    static CronExpression expression(String schedule) {
        if (schedule == null || schedule.trim().split("\\s+").length != 5) {
            throw new IllegalArgumentException("a cron schedule has five fields: " + schedule);
        }
        return CronExpression.parse("0 " + schedule.trim());
    }

    @Scheduled(fixedDelayString = "${pteroca.plugins.cron-tick:PT30S}", initialDelayString = "${pteroca.plugins.cron-tick:PT30S}")
    void tick() {
        for (ActivePlugins.Owned<CronTask> owned : active.cronTasks()) {
            try {
                runIfDue(owned.plugin(), owned.item());
            } catch (Throwable e) {
                ItemFailure.rethrowIfFatal(e);
                log.warn("Cron task {} of plugin {} failed: {}", owned.item().name(), owned.plugin().id(), e.toString());
            }
        }
    }

    private void runIfDue(ActivePlugin plugin, CronTask task) {
        Instant now = clock.instant();
        String lockName = "plugin:" + plugin.id() + ":" + task.name();
        locks.executeWithLock((Runnable) () -> {
            List<Instant> last = jdbc.query("SELECT last_run FROM plugin_cron_run WHERE plugin_id = ? AND task_name = ?",
                    (rs, row) -> UtcColumns.instant(rs, 1), plugin.id(), task.name());
            if (last.isEmpty()) {
                jdbc.update("INSERT INTO plugin_cron_run (plugin_id, task_name, last_run) VALUES (?, ?, ?)", plugin.id(),
                        task.name(), UtcColumns.utc(now));
                return;
            }
            ZonedDateTime next = expression(task.schedule()).next(last.get(0).atZone(ZoneOffset.UTC));
            if (next == null || next.toInstant().isAfter(now)) {
                return;
            }
            jdbc.update("UPDATE plugin_cron_run SET last_run = ? WHERE plugin_id = ? AND task_name = ?", UtcColumns.utc(now),
                    plugin.id(), task.name());
            run(plugin, task);
        }, new LockConfiguration(now, lockName, LONGEST_RUN, Duration.ZERO));
    }

    private void run(ActivePlugin plugin, CronTask task) {
        Future<?> run = runner.submit(() -> plugin.call(() -> {
            task.run();
            return null;
        }));
        try {
            run.get(LONGEST_RUN.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            run.cancel(true);
            log.warn("Cron task {} of plugin {} failed: {}", task.name(), plugin.id(), e.getCause() != null ? e.getCause() : e);
        }
    }
}
