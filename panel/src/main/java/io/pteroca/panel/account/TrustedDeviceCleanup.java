package io.pteroca.panel.account;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Daily: trusted browsers whose 30 days are over are dropped. They no longer skip the second step anyway; without this
 * their rows would only go when someone else next trusts a browser.
 */
@Component
class TrustedDeviceCleanup {

    private static final Logger log = LoggerFactory.getLogger(TrustedDeviceCleanup.class);

    private final TwoFactorStore store;
    private final Clock clock;

    TrustedDeviceCleanup(TwoFactorStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT24H", initialDelayString = "${pteroca.servers.cleanup-initial-delay:PT1H}")
    // Daily on each instance, at different hours: held most of a day, so one of them runs it per day. At most as
    // long as at least (ShedLock refuses a lock that may end before its minimum, and the job never ran).
    @SchedulerLock(name = "trusted-device-cleanup", lockAtLeastFor = "PT23H", lockAtMostFor = "PT23H")
    void tick() {
        cleanUp();
    }

    int cleanUp() {
        int removed = store.removeExpiredTrustedDevices(clock.instant());
        log.info("Trusted browser cleanup: {} expired rows removed", removed);
        return removed;
    }
}
