package io.pteroca.panel.shared;

import java.time.Duration;

/**
 * How long work that failed waits before its next attempt: the first pause, doubled for each failure in a row before
 * this one, at most {@code maxDoublings} times, and, where the caller names one, never longer than its longest pause.
 * Each kind of work keeps its own first pause (configuration) and limits.
 */
public final class RetryBackoff {

    private RetryBackoff() {
    }

    /** The pause after the {@code failures}-th failure in a row (the first failure, and none, wait {@code first}). */
    public static Duration pause(Duration first, int failures, int maxDoublings) {
        if (maxDoublings < 0 || maxDoublings > 62) {
            throw new IllegalArgumentException("doublings must be 0..62: " + maxDoublings);
        }
        return first.multipliedBy(1L << Math.min(Math.max(failures - 1, 0), maxDoublings));
    }

    /** {@link #pause(Duration, int, int)}, never longer than {@code longest} (also when doubling overflows). */
    public static Duration pause(Duration first, int failures, int maxDoublings, Duration longest) {
        Duration pause;
        try {
            pause = pause(first, failures, maxDoublings);
        } catch (ArithmeticException tooLongToCount) {
            return longest;
        }
        return pause.compareTo(longest) > 0 || pause.isNegative() ? longest : pause;
    }
}
