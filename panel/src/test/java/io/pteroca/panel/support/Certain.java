package io.pteroca.panel.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits for something certain to happen on another thread (a plugin's listener receiving its event, Wings' own
 * threads). The minute is a safety net for a test that is already broken, never what decides a pass on a slow
 * machine; work the panel hands to its task executor is awaited with {@link BackgroundWork#awaitIdle()} instead.
 */
public final class Certain {

    public static final Duration SAFETY_NET = Duration.ofMinutes(1);

    private Certain() {
    }

    public static void await(BooleanSupplier happened, String what) {
        long deadline = System.nanoTime() + SAFETY_NET.toNanos();
        while (!happened.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("never saw " + what + " (waited " + SAFETY_NET + ")");
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
