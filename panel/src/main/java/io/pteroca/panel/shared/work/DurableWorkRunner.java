package io.pteroca.panel.shared.work;

import io.pteroca.panel.shared.SchedulerLockConfiguration;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one "after commit, in the background, retry later" mechanism: {@link #afterCommit} attempts an item once its
 * transaction has committed, and one scheduled tick sweeps every {@link DurableWork} kind for what is still due. A
 * crash between the commit and the attempt, or in the middle of it, only delays the work until the next sweep.
 */
@Component
public class DurableWorkRunner {

    private static final Logger log = LoggerFactory.getLogger(DurableWorkRunner.class);
    static final int BATCH = 200;
    /** A sweep goes on while full batches make progress, up to this many (a backlog after an outage). */
    private static final int MAX_BATCHES = 100;
    private static final Duration LOCK_AT_MOST = Duration.parse(SchedulerLockConfiguration.LOCK_AT_MOST);

    private final ObjectProvider<DurableWork> kinds;
    private final TaskExecutor background;
    private final LockingTaskExecutor locks;
    private final Clock clock;
    private final Map<String, Instant> lastSweeps = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> sweeps = new ConcurrentHashMap<>();
    private final Map<Integer, ForkJoinPool> pools = new ConcurrentHashMap<>();

    DurableWorkRunner(ObjectProvider<DurableWork> kinds, @Qualifier("applicationTaskExecutor") TaskExecutor background,
                      LockProvider lockProvider, Clock clock) {
        this.kinds = kinds;
        this.background = background;
        this.locks = new DefaultLockingTaskExecutor(lockProvider);
        this.clock = clock;
    }

    /**
     * Attempts the item in the background once the current transaction commits (at once when there is none). The
     * caller has stored the intent in that transaction, so a crash before or during the attempt loses nothing.
     */
    public void afterCommit(DurableWork kind, long id) {
        afterCommit(() -> attemptQuietly(kind, id));
    }

    /** {@link #afterCommit(DurableWork, long)} for many items, attempted one after another by one background task. */
    public void afterCommit(DurableWork kind, List<Long> ids) {
        afterCommit(() -> ids.forEach(id -> attemptQuietly(kind, id)));
    }

    /**
     * Runs the task in the background once the current transaction commits (at once when there is none), for work that
     * needs a transaction of its own but must not wait for a connection while the caller's holds one.
     */
    public void inBackgroundAfterCommit(Runnable task) {
        afterCommit(task);
    }

    private void afterCommit(Runnable attempts) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    background.execute(attempts);
                }
            });
        } else {
            background.execute(attempts);
        }
    }

    @Scheduled(fixedDelayString = "${pteroca.work.tick:PT5S}", initialDelayString = "${pteroca.work.initial-delay:PT15S}")
    void tick() {
        Instant now = clock.instant();
        for (DurableWork kind : kinds.orderedStream().toList()) {
            Instant last = lastSweeps.get(kind.name());
            if (last == null || !now.isBefore(last.plus(kind.interval()))) {
                lastSweeps.put(kind.name(), now);
                sweepLocked(kind);
            }
        }
    }

    /**
     * Sweeps the kind unless another panel instance holds its lock. The lock is held at least half an interval, so
     * instances whose clocks differ a little do not sweep the same tick twice; a long sweep keeps extending it, and
     * the lock of an instance that died mid-sweep runs out a minute later (see {@link SchedulerLockConfiguration}).
     */
    public void sweepLocked(DurableWork kind) {
        Duration atLeast = kind.interval().dividedBy(2);
        Duration atMost = atLeast.compareTo(LOCK_AT_MOST) > 0 ? atLeast : LOCK_AT_MOST;
        try {
            locks.executeWithLock((Runnable) () -> {
                sweeps.computeIfAbsent(kind.name(), name -> new AtomicLong()).incrementAndGet();
                sweep(kind);
            }, new LockConfiguration(ClockProvider.now(), "work-" + kind.name(), atMost, atLeast));
        } catch (Throwable e) {
            ItemFailure.rethrowIfFatal(e);
            log.error("Sweeping {} failed", kind.name(), e);
        }
    }

    /** How many sweeps of the kind this instance ran under its lock. */
    public long sweeps(DurableWork kind) {
        AtomicLong count = sweeps.get(kind.name());
        return count == null ? 0 : count.get();
    }

    /** Attempts everything of the kind that is due now; one failing item never stops the others. */
    public void sweep(DurableWork kind) {
        for (int round = 0; round < MAX_BATCHES; round++) {
            List<Long> due = kind.due(clock.instant(), BATCH);
            long progressed = kind.parallelism() > 1 ? inParallel(kind, due)
                    : due.stream().filter(id -> attemptQuietly(kind, id)).count();
            if (due.size() < BATCH || progressed == 0) {
                return;
            }
        }
    }

    private long inParallel(DurableWork kind, List<Long> due) {
        ForkJoinPool pool = pools.computeIfAbsent(kind.parallelism(), ForkJoinPool::new);
        try {
            return pool.submit(() -> due.parallelStream().filter(id -> attemptQuietly(kind, id)).count()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } catch (ExecutionException e) {
            log.error("A batch of {} failed", kind.name(), e);
            return 0;
        }
    }

    private static boolean attemptQuietly(DurableWork kind, long id) {
        try {
            return kind.attempt(id);
        } catch (Throwable e) {
            ItemFailure.rethrowIfFatal(e);
            log.error("{} of {} failed unexpectedly; the next sweep tries again", kind.name(), id, e);
            return false;
        }
    }
}
