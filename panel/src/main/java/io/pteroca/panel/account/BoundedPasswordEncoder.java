package io.pteroca.panel.account;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Lets only so many passwords be hashed or checked at once, half the processors (at least one). A hash costs tens of
 * milliseconds of a processor by design; a burst of sign-ins (a Monday morning, or guesses spread over many
 * addresses, which the per-address limits do not stop) would otherwise take every processor, and every page of the
 * people already signed in would wait behind it. Sign-ins queue instead, in arrival order, and one that waited
 * {@code longest} is refused as {@link Busy}, so a flood cannot hold the server's threads for ever.
 */
final class BoundedPasswordEncoder implements PasswordEncoder {

    /** No turn came in time; nothing was checked. */
    static final class Busy extends AuthenticationServiceException {
        Busy() {
            super("too many sign-ins at once");
        }
    }

    private final PasswordEncoder delegate;
    private final Semaphore hashing;
    private final int atOnce;
    private final long longestNanos;

    BoundedPasswordEncoder(PasswordEncoder delegate, int atOnce, Duration longest) {
        if (atOnce < 1) {
            throw new IllegalArgumentException("at least one hash at once, not " + atOnce);
        }
        this.delegate = delegate;
        this.hashing = new Semaphore(atOnce, true);
        this.atOnce = atOnce;
        this.longestNanos = longest.toNanos();
    }

    static int halfTheProcessors() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return inTurn(() -> delegate.encode(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return inTurn(() -> delegate.matches(rawPassword, encodedPassword));
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private <T> T inTurn(Supplier<T> hash) {
        try {
            if (!hashing.tryAcquire(longestNanos, TimeUnit.NANOSECONDS)) {
                throw new Busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy();
        }
        try {
            return hash.get();
        } finally {
            hashing.release();
        }
    }

    /** How many wait for their turn; for tests. */
    int waiting() {
        return hashing.getQueueLength();
    }

    /** Takes every turn, as a flood of sign-ins would, until the returned handle is closed; for tests. */
    AutoCloseable takeEveryTurn() {
        hashing.acquireUninterruptibly(atOnce);
        return () -> hashing.release(atOnce);
    }
}
