package io.pteroca.panel.support;

import io.pteroca.emulator.PterodactylEmulator;

/**
 * One Pterodactyl emulator for the whole test run, with rate limits high enough that the suite never waits
 * for them (tests of the limits configure their own).
 */
public final class TestPterodactyl {

    private static final ShiftableClock CLOCK = new ShiftableClock();
    private static PterodactylEmulator emulator;

    private TestPterodactyl() {
    }

    public static synchronized PterodactylEmulator emulator() {
        if (emulator == null) {
            emulator = PterodactylEmulator.builder().host("127.0.0.1").port(0).clock(CLOCK)
                    .applicationRateLimit(1_000_000).clientRateLimit(1_000_000).installDelayMillis(100)
                    .allocationPorts(25565, 27564)
                    .build().start();
            Runtime.getRuntime().addShutdownHook(new Thread(emulator::close));
        }
        return emulator;
    }

    /** The emulator's clock: the system's, moved by tests that need Pterodactyl's time to pass (token expiry). */
    public static ShiftableClock clock() {
        emulator();
        return CLOCK;
    }

    /** Calls the emulator answered so far, all endpoints together. */
    public static int totalCalls() {
        return emulator().counters().snapshot().values().stream().mapToInt(Integer::intValue).sum();
    }
}
