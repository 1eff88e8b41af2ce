package io.pteroca.panel.pterodactyl;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Finishes links that are due: after a failure's back-off, after a crash, and for accounts activated before
 * Pterodactyl was configured. Once per tick across all instances; one failing account never stops the batch.
 */
@Component
class LinkingJob {

    private static final Logger log = LoggerFactory.getLogger(LinkingJob.class);
    private static final int BATCH = 100;

    private final PterodactylLinkRepository links;
    private final AccountLinker linker;
    private final PterodactylConnection pterodactyl;
    private final Clock clock;

    LinkingJob(PterodactylLinkRepository links, AccountLinker linker, PterodactylConnection pterodactyl, Clock clock) {
        this.links = links;
        this.linker = linker;
        this.pterodactyl = pterodactyl;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${pteroca.pterodactyl.linking-interval:PT1M}",
            initialDelayString = "${pteroca.pterodactyl.linking-initial-delay:PT20S}")
    @SchedulerLock(name = "pterodactyl-linking")
    void run() {
        if (!pterodactyl.configured()) {
            return;
        }
        for (PterodactylLink due : links.findByStatusAndNextAttemptAtLessThanEqualOrderByNextAttemptAt(
                PterodactylLink.Status.PENDING, clock.instant(), Limit.of(BATCH))) {
            try {
                linker.link(due.accountId());
            } catch (RuntimeException e) {
                log.error("Linking account {} failed unexpectedly", due.accountId(), e);
            }
        }
    }
}
