package io.pteroca.panel.server;

import io.pteroca.panel.catalog.PriceKind;
import io.pteroca.panel.mail.MailType;
import io.pteroca.panel.shared.work.ItemFailure;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The clock side of billing, once a minute across all instances: auto-renewals (on-demand servers are charged
 * here each hour in advance), expiry reminders, the warning before deletion, deletion, and expiry and suspension
 * after the grace period ({@link ExpiryPipeline}, a page per transaction). The other steps handle each server in its
 * own transaction; one failure never stops the batch, and anything missed while the panel was down is caught up on
 * the next run, because every step selects by time.
 */
@Component
class Lifecycle {

    private static final Logger log = LoggerFactory.getLogger(Lifecycle.class);
    private static final int BATCH = 500;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(java.time.ZoneOffset.UTC);

    private final GameServerRepository servers;
    private final DueAutoRenewal dueAutoRenewal;
    private final ServerHistory history;
    private final ServerMails mails;
    private final ServerSettings settings;
    private final ApplicationEventPublisher events;
    private final ExpiryPipeline expiry;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final AtomicLong ticks = new AtomicLong();

    Lifecycle(GameServerRepository servers, DueAutoRenewal dueAutoRenewal, ServerHistory history, ServerMails mails,
              ServerSettings settings, ApplicationEventPublisher events, ExpiryPipeline expiry,
              TransactionTemplate transactions, Clock clock) {
        this.servers = servers;
        this.dueAutoRenewal = dueAutoRenewal;
        this.history = history;
        this.mails = mails;
        this.settings = settings;
        this.events = events;
        this.expiry = expiry;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${pteroca.servers.lifecycle-interval:PT1M}",
            initialDelayString = "${pteroca.servers.lifecycle-initial-delay:PT30S}")
    // Held at least most of a tick, so an instance whose clock is a little off cannot run the same tick again.
    @SchedulerLock(name = "server-lifecycle", lockAtLeastFor = "PT50S")
    void tick() {
        ticks.incrementAndGet();
        runOnce();
    }

    /** How many ticks this instance ran (the lock lets one instance run each tick). */
    long ticks() {
        return ticks.get();
    }

    void runOnce() {
        Instant now = clock.instant();
        step("auto-renew", after -> servers.autoRenewingBy(List.of(ServerState.ACTIVE, ServerState.EXPIRED, ServerState.SUSPENDED),
                now.plus(settings.autoRenewLead()), after, Limit.of(BATCH)), dueAutoRenewal::renewIfDue);
        // Only expiries still ahead: one that has passed gets the suspension's e-mail instead (after downtime, say).
        settings.reminderHours().stream().findFirst().ifPresent(longest -> step("reminders",
                after -> servers.expiringBetween(List.of(ServerState.ACTIVE), now, now.plus(Duration.ofHours(longest)), after,
                        Limit.of(BATCH)), this::remind));
        Duration deleteAfter = settings.deleteAfter();
        if (!deleteAfter.isZero()) {
            step("deletion warnings", after -> servers.unpaidSuspendedBefore(
                    now.minus(deleteAfter).plus(settings.deletionWarning()), after, Limit.of(BATCH)), this::warnDeletion);
            step("deletion", after -> servers.unpaidSuspendedBefore(now.minus(deleteAfter), after, Limit.of(BATCH)),
                    this::delete);
        }
        // Last: it returns once Pterodactyl was told of every suspension, at its rate limit.
        try {
            expiry.run(now);
        } catch (Throwable e) {
            ItemFailure.rethrowIfFatal(e);
            log.error("Lifecycle step expiry failed; the next tick goes on from where it stopped", e);
        }
    }

    /** Works through every due server in pages by id (after downtime there may be thousands). */
    private void step(String name, LongFunction<List<Long>> dueAfter, LongPredicate work) {
        long after = 0;
        List<Long> page;
        do {
            page = dueAfter.apply(after);
            for (long id : page) {
                try {
                    work.test(id);
                } catch (Throwable e) {
                    ItemFailure.rethrowIfFatal(e);
                    log.error("Lifecycle step {} failed for server {}", name, id, e);
                }
                after = id;
            }
        } while (page.size() == BATCH);
    }

    private boolean remind(long id) {
        return Boolean.TRUE.equals(transactions.execute(status -> servers.lockById(id).map(server -> {
            if (server.state() != ServerState.ACTIVE || server.priceKind() == PriceKind.ON_DEMAND || server.expiresAt() == null
                    || !server.expiresAt().isAfter(clock.instant())
                    || server.endsAtExpiry()) {
                return false;
            }
            long hoursLeft = Duration.between(clock.instant(), server.expiresAt()).toHours();
            Integer due = settings.reminderHours().stream().filter(hours -> hoursLeft < hours)
                    .reduce((first, second) -> second).orElse(null);
            if (due == null || (server.remindedHours() != null && server.remindedHours() <= due)) {
                return false;
            }
            server.reminded(due);
            mails.toOwner(server, MailType.EXPIRY_REMINDER, DATE.format(server.expiresAt()));
            history.note(server, "reminded", null, due + " h before expiry");
            return true;
        }).orElse(false)));
    }

    private boolean warnDeletion(long id) {
        return Boolean.TRUE.equals(transactions.execute(status -> servers.lockById(id).map(server -> {
            if (!unpaidSuspension(server) || server.deletionWarnedAlready() || server.suspendedAt() == null) {
                return false;
            }
            server.deletionWarned();
            mails.toOwner(server, MailType.DELETION_WARNING, DATE.format(server.suspendedAt().plus(settings.deleteAfter())));
            history.note(server, "deletion_warned", null, null);
            return true;
        }).orElse(false)));
    }

    private boolean delete(long id) {
        return Boolean.TRUE.equals(transactions.execute(status -> servers.lockById(id).map(server -> {
            if (!unpaidSuspension(server) || server.suspendedAt().plus(settings.deleteAfter()).isAfter(clock.instant())) {
                return false;
            }
            history.transition(server, ServerState.DELETING, null, "unpaid for " + settings.deleteAfter().toDays() + " days");
            server.dueAt(clock.instant());
            events.publishEvent(new ServerChanged(server.id()));
            return true;
        }).orElse(false)));
    }

    private static boolean unpaidSuspension(GameServer server) {
        return server.state() == ServerState.SUSPENDED && server.suspensionCause() == SuspensionCause.UNPAID;
    }
}
