package io.pteroca.panel.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class BoundedPasswordEncoderTest {

    /** Checks that hold until let go, counting how many ran at once. */
    private static final class HeldChecks implements PasswordEncoder {
        final CountDownLatch letGo = new CountDownLatch(1);
        final CountDownLatch firstStarted = new CountDownLatch(1);
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();

        @Override
        public String encode(CharSequence rawPassword) {
            return "{held}" + rawPassword;
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            firstStarted.countDown();
            try {
                letGo.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                running.decrementAndGet();
            }
            return encode(rawPassword).equals(encodedPassword);
        }
    }

    @Test
    void aSecondCheckWaitsForTheFirstAndBothAnswer() throws Exception {
        HeldChecks held = new HeldChecks();
        BoundedPasswordEncoder encoder = new BoundedPasswordEncoder(held, 1, Duration.ofDays(1));
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> first = threads.submit(() -> encoder.matches("right", "{held}right"));
            held.firstStarted.await();
            Future<Boolean> second = threads.submit(() -> encoder.matches("wrong", "{held}right"));
            while (encoder.waiting() == 0 && held.running.get() < 2) {
                Thread.onSpinWait();
            }
            assertThat(held.running).hasValue(1);
            assertThat(encoder.waiting()).isOne();

            held.letGo.countDown();

            assertThat(first.get()).isTrue();
            assertThat(second.get()).isFalse();
            assertThat(held.mostAtOnce).hasValue(1);
            assertThat(encoder.waiting()).isZero();
        } finally {
            held.letGo.countDown();
            threads.shutdownNow();
        }
    }

    @Test
    void aCheckThatGetsNoTurnInTimeIsRefusedUnchecked() throws Exception {
        HeldChecks held = new HeldChecks();
        BoundedPasswordEncoder encoder = new BoundedPasswordEncoder(held, 1, Duration.ZERO);
        ExecutorService threads = Executors.newSingleThreadExecutor();
        try {
            Future<Boolean> first = threads.submit(() -> encoder.matches("right", "{held}right"));
            held.firstStarted.await();

            assertThatThrownBy(() -> encoder.matches("right", "{held}right")).isInstanceOf(BoundedPasswordEncoder.Busy.class);
            assertThatThrownBy(() -> encoder.encode("new password")).isInstanceOf(BoundedPasswordEncoder.Busy.class);

            held.letGo.countDown();
            assertThat(first.get()).isTrue();
            assertThat(encoder.matches("right", "{held}right")).as("a turn is free again").isTrue();
        } finally {
            held.letGo.countDown();
            threads.shutdownNow();
        }
    }

    @Test
    void hashesAndChecksWithTheEncoderItWraps() {
        BoundedPasswordEncoder encoder = new BoundedPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder(), 2, Duration.ofDays(1));

        String hash = encoder.encode("correct horse battery staple");

        assertThat(hash).startsWith("{bcrypt}");
        assertThat(encoder.matches("correct horse battery staple", hash)).isTrue();
        assertThat(encoder.matches("Tr0ub4dor&3", hash)).isFalse();
        assertThat(encoder.upgradeEncoding(hash)).isFalse();
    }

    @Test
    void needsAtLeastOneTurn() {
        assertThatThrownBy(() -> new BoundedPasswordEncoder(new HeldChecks(), 0, Duration.ofDays(1))).isInstanceOf(IllegalArgumentException.class);
        assertThat(BoundedPasswordEncoder.halfTheProcessors()).isPositive();
    }
}
