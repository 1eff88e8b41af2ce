package io.pteroca.panel.support;

import io.pteroca.emulator.PterodactylEmulator;

/**
 * One Pterodactyl emulator for the whole test run, with rate limits high enough that the suite never waits
 * for them (tests of the limits configure their own).
 */
public final class TestPterodactyl {

    private static PterodactylEmulator emulator;

    private TestPterodactyl() {
    }

    public static synchronized PterodactylEmulator emulator() {
        if (emulator == null) {
            emulator = PterodactylEmulator.builder().host("127.0.0.1").port(0)
                    .applicationRateLimit(1_000_000).clientRateLimit(1_000_000).installDelayMillis(100)
                    .allocationPorts(25565, 27564)
                    .build().start();
            Runtime.getRuntime().addShutdownHook(new Thread(emulator::close));
        }
        return emulator;
    }

    /** Calls the emulator answered so far, all endpoints together. */
    public static int totalCalls() {
        return emulator().counters().snapshot().values().stream().mapToInt(Integer::intValue).sum();
    }
}
