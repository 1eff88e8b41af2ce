package io.pteroca.panel.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RetryBackoffTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Test
    void thePauseDoublesAfterEachFailureUpToTheLastDoubling() {
        assertThat(IntStream.rangeClosed(1, 8).mapToObj(failures -> RetryBackoff.pause(MINUTE, failures, 5).toMinutes()))
                .containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 32L, 32L);
    }

    @Test
    void noFailureYetWaitsTheFirstPause() {
        assertThat(RetryBackoff.pause(MINUTE, 0, 5)).isEqualTo(MINUTE);
    }

    @Test
    void theLongestPauseCapsTheDoubling() {
        Duration day = Duration.ofDays(1);
        assertThat(RetryBackoff.pause(MINUTE, 10, 16, day)).isEqualTo(Duration.ofMinutes(512));
        assertThat(RetryBackoff.pause(MINUTE, 12, 16, day)).isEqualTo(day);
        assertThat(RetryBackoff.pause(Duration.ofDays(365 * 1000), 60, 62, day)).as("overflow").isEqualTo(day);
    }

    @Test
    void doublingsBeyondWhatALongHoldsAreRefused() {
        assertThatThrownBy(() -> RetryBackoff.pause(MINUTE, 1, 63)).isInstanceOf(IllegalArgumentException.class);
    }
}
