package io.pteroca.pterodactyl.http;

import java.time.Duration;

/** Waits between attempts and for the rate limiter; tests inject one that only records. */
@FunctionalInterface
public interface Sleeper {

    Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);

    void sleep(Duration duration) throws InterruptedException;
}
