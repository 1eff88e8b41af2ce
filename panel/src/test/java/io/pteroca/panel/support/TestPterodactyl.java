package io.pteroca.panel.support;

import io.pteroca.emulator.PterodactylEmulator;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * One Pterodactyl emulator for the whole test run, with rate limits high enough that the suite never waits
 * for them (tests of the limits configure their own).
 */
public final class TestPterodactyl {

    /**
     * Installs, backups and restores never finish by themselves while a test runs: a test finishes them when it wants
     * (the emulator's {@code finishAllPending}, which the server fixtures call), so how fast the machine is never decides.
     */
    private static final Duration PENDING_WORK = Duration.ofDays(1);
    /** Only for events that are certain to come; a slow machine never comes near it. */
    private static final ShiftableClock CLOCK = new ShiftableClock();
    private static PterodactylEmulator emulator;

    private TestPterodactyl() {
    }

    public static synchronized PterodactylEmulator emulator() {
        if (emulator == null) {
            emulator = PterodactylEmulator.builder().host("127.0.0.1").port(0).clock(CLOCK)
                    .applicationRateLimit(1_000_000).clientRateLimit(1_000_000).installDelayMillis(PENDING_WORK.toMillis())
                    .allocationPorts(25565, 27564)
                    .build().start();
            // Customers add ports from Pterodactyl's client range (25565-25600 by default), which the servers of a long
            // run fill up: the whole node's range keeps "Add a port" independent of how many tests ran before.
            emulator.settings().clientAllocationRangeEnd = 27564;
            Runtime.getRuntime().addShutdownHook(new Thread(emulator::close));
        }
        return emulator;
    }

    /** The emulator's clock: the system's, moved by tests that need Pterodactyl's time to pass (token expiry). */
    public static ShiftableClock clock() {
        emulator();
        return CLOCK;
    }

    /** Calls the emulator answered so far, all endpoints together, once the panel's background work is done. */
    public static int totalCalls() {
        BackgroundWork.awaitIdle();
        return emulator().counters().snapshot().values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * Waits for what only the emulator's own threads do, such as its Wings socket noticing a hang-up or accepting a
     * token: they report to no one, so this polls, with a safety net for an event that is certain to come.
     */
    public static void awaitWings(BooleanSupplier condition, String what) {
        Certain.await(condition, "Wings get to " + what);
    }
}
