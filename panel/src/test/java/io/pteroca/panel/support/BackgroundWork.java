package io.pteroca.panel.support;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.task.ThreadPoolTaskExecutorCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.task.TaskDecorator;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The panel's background work: everything it runs on its task executor, which is the Pterodactyl calls after a commit
 * ({@code @Async} listeners: provisioning, suspension sync, account linking, password push) and e-mail delivery. Each
 * task is counted from the moment it is handed over until it ends, so a test waits with {@link #awaitIdle()} until that
 * work is done instead of polling for its effects or sleeping.
 */
public final class BackgroundWork {

    /** Only for work that is certain to end: it ends in milliseconds, so even a slow machine never comes near this. */
    private static final Duration SAFETY_NET = Duration.ofMinutes(2);
    private static final Set<Counter> EXECUTORS = ConcurrentHashMap.newKeySet();
    private static volatile boolean losing;

    private BackgroundWork() {
    }

    /**
     * Returns once every task given to the task executor of a running panel has finished, including the tasks those
     * tasks handed over themselves (a task is counted before the one that submits it ends).
     */
    public static void awaitIdle() {
        awaitIdle(SAFETY_NET);
    }

    /** As {@link #awaitIdle()}, for a benchmark that leaves more work behind than a test ever does. */
    public static void awaitIdle(Duration safetyNet) {
        long deadline = System.nanoTime() + safetyNet.toNanos();
        // A closed panel dropped its queued tasks: they will never end and must not be waited for.
        EXECUTORS.removeIf(Counter::shutDown);
        if (EXECUTORS.isEmpty()) {
            throw new AssertionError("No running panel counts its background work: add BackgroundWork.Counting to its context");
        }
        for (Counter counter : EXECUTORS) {
            counter.awaitIdle(deadline, safetyNet);
        }
    }

    /**
     * Runs the action as if the panel process died right after each commit in it: the background work it hands over
     * (the attempts after commit) is dropped, not run. What the panel stored before the commit must be enough to finish.
     */
    public static void lostWhile(Runnable action) {
        awaitIdle();
        losing = true;
        try {
            action.run();
        } finally {
            losing = false;
        }
    }

    /** Counts the tasks of the panel's task executor: import it into every application context a test starts. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Counting {

        @Bean
        ThreadPoolTaskExecutorCustomizer countBackgroundWork() {
            return executor -> {
                Counter counter = new Counter(executor);
                EXECUTORS.add(counter);
                executor.setTaskDecorator(counter);
            };
        }
    }

    /** Wraps each task as it is submitted (on the submitting thread), so it is counted before it is queued. */
    private static final class Counter implements TaskDecorator {

        private final ThreadPoolTaskExecutor executor;
        private int unfinished;

        Counter(ThreadPoolTaskExecutor executor) {
            this.executor = executor;
        }

        @Override
        public Runnable decorate(Runnable task) {
            if (losing) {
                return () -> { };
            }
            synchronized (this) {
                unfinished++;
            }
            return () -> {
                try {
                    task.run();
                } finally {
                    synchronized (this) {
                        unfinished--;
                        notifyAll();
                    }
                }
            };
        }

        synchronized void awaitIdle(long deadline, Duration safetyNet) {
            while (unfinished > 0 && !shutDown()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError(unfinished + " background task(s) still running after " + safetyNet);
                }
                try {
                    wait(Math.max(1, Math.min(Duration.ofNanos(left).toMillis(), 1000)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }

        boolean shutDown() {
            try {
                return executor.getThreadPoolExecutor().isShutdown();
            } catch (IllegalStateException notStartedYet) {
                return false;
            }
        }
    }
}
