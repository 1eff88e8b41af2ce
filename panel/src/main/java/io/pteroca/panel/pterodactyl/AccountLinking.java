package io.pteroca.panel.pterodactyl;

import io.pteroca.panel.account.AccountActivated;
import io.pteroca.panel.shared.work.DurableWork;
import io.pteroca.panel.shared.work.DurableWorkRunner;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

/**
 * Links that are due: right after an activation commits, after a failure's back-off, after a crash, and for accounts
 * activated before Pterodactyl was configured.
 */
@Component
class AccountLinking implements DurableWork {

    private final PterodactylLinkRepository links;
    private final AccountLinker linker;
    private final PterodactylConnection pterodactyl;
    private final DurableWorkRunner work;
    private final Clock clock;
    private final Duration interval;

    AccountLinking(PterodactylLinkRepository links, AccountLinker linker, PterodactylConnection pterodactyl,
                   DurableWorkRunner work, Clock clock,
                   @Value("${pteroca.pterodactyl.linking-interval:PT1M}") Duration interval) {
        this.links = links;
        this.linker = linker;
        this.pterodactyl = pterodactyl;
        this.work = work;
        this.clock = clock;
        this.interval = interval;
    }

    /** Records the intent in the activating transaction, so it survives a crash right after commit. */
    @EventListener
    void activated(AccountActivated activated) {
        if (!links.existsById(activated.accountId())) {
            links.save(new PterodactylLink(activated.accountId(), clock.instant()));
        }
        work.afterCommit(this, activated.accountId());
    }

    @Override
    public String name() {
        return "pterodactyl-linking";
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public List<Long> due(Instant now, int limit) {
        if (!pterodactyl.configured()) {
            return List.of();
        }
        return links.findByStatusAndNextAttemptAtLessThanEqualOrderByNextAttemptAt(PterodactylLink.Status.PENDING, now,
                Limit.of(limit)).stream().map(PterodactylLink::accountId).toList();
    }

    @Override
    public boolean attempt(long accountId) {
        return linker.link(accountId) == PterodactylLink.Status.LINKED;
    }
}
