package io.pteroca.pterodactyl.http;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.function.LongSupplier;

/**
 * Reservation-style pacing under a {@link RateLimit}: a caller reserves a start time and is told how long to wait for
 * it. Two rules decide the start:
 * <ul>
 * <li>At most {@code requests} calls start in any span of the window plus a fiftieth of it (1.2 s of a minute). The
 * panel's windows open whenever its first call after the last window arrives, so only a bound on every span keeps all
 * of them under the limit; the fiftieth is room for calls that reach the panel later than others (a slow connection,
 * a paused thread).</li>
 * <li>Calls are spread evenly at that rate, with a burst of up to ten at once: a page needing a few calls does not
 * wait, and a long run of calls (a mass suspension, a reconciliation) leaves a turn every fraction of a second for
 * the calls of people's pages instead of spending a window's budget in its first seconds.</li>
 * </ul>
 * A long run thus keeps to {@code requests} per window and a fiftieth: 98 % of the limit.
 */
public final class CallBudget {

    private static final int MOST_AT_ONCE = 10;

    private final RateLimit limit;
    private final LongSupplier nanoClock;
    private final long spanNanos;
    private final long nanosPerCall;
    /** How far behind now the pace may fall while idle: a burst of calls can then start at once. */
    private final long burstNanos;
    /** When the even pace allows the next call (earlier than now when a burst is available). */
    private long paceNanos;
    /** Start times of the calls that still count, oldest first; at most {@code requests} of them. */
    private final ArrayDeque<Long> starts = new ArrayDeque<>();

    public CallBudget(RateLimit limit, LongSupplier nanoClock) {
        this.limit = limit;
        this.nanoClock = nanoClock;
        long window = limit.window().toNanos();
        this.spanNanos = window + window / 50;
        this.nanosPerCall = spanNanos / limit.requests();
        this.burstNanos = (Math.max(1, Math.min(MOST_AT_ONCE, limit.requests() / 24)) - 1) * nanosPerCall;
        this.paceNanos = nanoClock.getAsLong() - burstNanos;
    }

    /** Reserves the next start and returns the wait before it (zero when a call may start now). */
    public synchronized Duration reserve() {
        long now = nanoClock.getAsLong();
        while (!starts.isEmpty() && now - starts.peekFirst() >= spanNanos) {
            starts.pollFirst();
        }
        // The pace saves up at most a burst of calls while idle.
        paceNanos = Math.max(paceNanos, now - burstNanos);
        long start = Math.max(now, paceNanos);
        paceNanos += nanosPerCall;
        if (starts.size() >= limit.requests()) {
            start = Math.max(start, starts.pollFirst() + spanNanos);
        }
        if (!starts.isEmpty()) {
            // Starts stay in order, so the oldest is always the first to count out.
            start = Math.max(start, starts.peekLast());
        }
        starts.addLast(start);
        return Duration.ofNanos(start - now);
    }
}
