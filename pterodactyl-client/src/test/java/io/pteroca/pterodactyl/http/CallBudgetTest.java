package io.pteroca.pterodactyl.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CallBudgetTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong();

    @Test
    void tenCallsStartAtOnceAndTheNextFollowAtTheLimitsPace() {
        CallBudget budget = new CallBudget(RateLimit.perMinute(240), now::get);

        for (int i = 0; i < 10; i++) {
            assertThat(budget.reserve()).isZero();
        }
        assertThat(budget.reserve()).as("61.2 s / 240").isEqualTo(Duration.ofMillis(255));
        assertThat(budget.reserve()).isEqualTo(Duration.ofMillis(510));
        now.set(61 * SECOND);
        for (int i = 0; i < 10; i++) {
            assertThat(budget.reserve()).as("idle long enough to save up a burst again").isZero();
        }
    }

    @Test
    void aSmallLimitHasNoBurst() {
        CallBudget budget = new CallBudget(RateLimit.perMinute(3), now::get);

        assertThat(budget.reserve()).isZero();
        assertThat(budget.reserve()).isEqualTo(Duration.ofMillis(20_400));
    }

    @Test
    void aLongRunUsesAlmostAllOfTheLimitAndNoWindowOfThePanelSeesMoreThanIt() {
        RateLimit limit = RateLimit.perMinute(240);
        CallBudget budget = new CallBudget(limit, now::get);
        Random random = new Random(7);
        List<Long> arrivals = new ArrayList<>();
        long longestGap = 0;

        for (int call = 0; call < 2_400; call++) {
            Duration wait = budget.reserve();
            longestGap = Math.max(longestGap, wait.toNanos());
            now.addAndGet(wait.toNanos());
            // Each call reaches the panel up to 1.2 s after its start, in any order.
            arrivals.add(now.get() + (long) (random.nextDouble() * 1.2 * SECOND));
        }

        assertThat(mostCallsInAWindowOpenedByItsFirstCall(arrivals, 60 * SECOND)).isLessThanOrEqualTo(240);
        double windowsUsed = (double) now.get() / (60 * SECOND);
        assertThat(2_400 / (240 * windowsUsed)).as("share of the limit used").isGreaterThan(0.97);
        assertThat(longestGap).as("turns come every fraction of a second, not once a window").isLessThan(3 * SECOND);
    }

    @Test
    void aLimitNeedsACallAndAWindow() {
        assertThatThrownBy(() -> new RateLimit(0, Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimit(240, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new RateLimit(240, Duration.ofMillis(600)).requestsPerMinute()).isEqualTo(24_000);
    }

    /** Pterodactyl's throttle (Laravel's): a window opens with the first call after the last one closed. */
    private static int mostCallsInAWindowOpenedByItsFirstCall(List<Long> arrivals, long window) {
        List<Long> sorted = arrivals.stream().sorted().toList();
        int most = 0;
        int inWindow = 0;
        long opened = Long.MIN_VALUE;
        for (long arrival : sorted) {
            if (opened == Long.MIN_VALUE || arrival - opened >= window) {
                opened = arrival;
                inWindow = 0;
            }
            inWindow++;
            most = Math.max(most, inWindow);
        }
        return most;
    }
}
