package io.pteroca.panel.server;

import io.pteroca.panel.catalog.PriceKind;
import io.pteroca.panel.mail.MailType;
import io.pteroca.panel.shared.work.ItemFailure;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Expiry as a pipeline, so that thousands of servers expiring at once (the first of the month) keep Pterodactyl's
 * rate limit busy from the first page on: the producer marks a page of due servers expired or suspended in one
 * transaction (states, log lines and the owners' e-mails, queued unrendered) and hands the page's suspensions to
 * consumers that tell Pterodactyl at the rate limit while it marks the next page. The e-mails are sent once the
 * marking is done, one after another, beside the calls.
 * <p>
 * Nothing is lost or done twice by a crash: a page is committed whole or not at all, and Pterodactyl is told from the
 * server's state, never from the queue — a suspension whose call a crash prevented is out of sync, and the suspension
 * sweep ({@link SuspensionWork}) makes the call; each call is leased per server ({@link SuspensionSync}), so the
 * consumers, the sweep and a second instance never call for the same server twice.
 */
@Component
class ExpiryPipeline {

    private static final Logger log = LoggerFactory.getLogger(ExpiryPipeline.class);
    static final int PAGE = 200;
    /** The first page is small, so the first calls start once a few servers are marked rather than a whole page. */
    private static final int FIRST_PAGE = 20;
    /** Calls side by side, so the database work around each call does not leave the rate budget unused; the client's rate limiter paces them. */
    private static final int CONSUMERS = 6;
    private static final long END = -1;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(java.time.ZoneOffset.UTC);

    private final GameServerRepository servers;
    private final ServerHistory history;
    private final ServerMails mails;
    private final ServerSettings settings;
    private final SuspensionSync suspensions;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final EntityManager entities;
    private final Clock clock;
    private final AtomicInteger threads = new AtomicInteger();

    ExpiryPipeline(GameServerRepository servers, ServerHistory history, ServerMails mails, ServerSettings settings,
                   SuspensionSync suspensions, org.springframework.context.ApplicationEventPublisher events,
                   TransactionTemplate transactions, EntityManager entities, Clock clock) {
        this.servers = servers;
        this.history = history;
        this.mails = mails;
        this.settings = settings;
        this.suspensions = suspensions;
        this.events = events;
        this.transactions = transactions;
        this.entities = entities;
        this.clock = clock;
    }

    /** What one run did; {@code markingMillis} is the producer's time, the calls overlap it. */
    record Outcome(int expired, int suspended, long markingMillis) {
    }

    /** Marks every server due at {@code now} and returns once Pterodactyl was asked to suspend each it suspended. */
    Outcome run(Instant now) {
        BlockingQueue<Long> queue = new LinkedBlockingQueue<>();
        ExecutorService consumers = null;
        long start = System.nanoTime();
        long marking = 0;
        int expired = 0;
        int suspended = 0;
        List<List<Long>> mailIds = new ArrayList<>();
        try {
            long after = 0;
            int limit = FIRST_PAGE;
            List<Long> page;
            boolean more;
            do {
                page = servers.expiringBy(List.of(ServerState.ACTIVE, ServerState.EXPIRED), now, after, Limit.of(limit));
                more = page.size() == limit;
                limit = PAGE;
                if (!page.isEmpty()) {
                    Marked marked = mark(page);
                    expired += marked.expired();
                    suspended += marked.suspended().size();
                    mailIds.add(marked.mailIds());
                    if (consumers == null && !marked.suspended().isEmpty()) {
                        consumers = consumers(queue);
                    }
                    committed(marked.suspended(), queue);
                    after = page.get(page.size() - 1);
                }
            } while (more);
        } finally {
            marking = (System.nanoTime() - start) / 1_000_000;
            // The e-mails go out once the marking is done, beside the calls (on a busy machine the rate budget comes
            // first), a page per background task, so several are sent at once as with any other e-mail.
            mailIds.forEach(mails::sendQueued);
            if (consumers != null) {
                for (int i = 0; i < CONSUMERS; i++) {
                    queue.add(END);
                }
                consumers.shutdown();
                awaitCalls(consumers);
            }
            if (expired + suspended > 0) {
                log.info("Expiry: {} servers expired, {} suspended; marking took {} ms", expired, suspended, marking);
            }
        }
        last = new Outcome(expired, suspended, marking);
        return last;
    }

    private volatile Outcome last = new Outcome(0, 0, 0);

    /** What the last run that ended did. */
    Outcome last() {
        return last;
    }

    /** A page is committed: its suspensions go to the consumers (a crash before this leaves them to the sweep). */
    void committed(List<Long> suspended, BlockingQueue<Long> queue) {
        queue.addAll(suspended);
    }

    private record Marked(int expired, List<Long> suspended, List<Long> mailIds) {
    }

    /** The page in one transaction; if that fails, server by server, so one bad record never holds up the others. */
    private Marked mark(List<Long> page) {
        try {
            return transactions.execute(status -> markTogether(page));
        } catch (RuntimeException e) {
            log.warn("Expiry of servers {} to {} failed as a page, going through them one by one: {}", page.get(0),
                    page.get(page.size() - 1), e.toString());
        }
        int expired = 0;
        List<Long> suspended = new ArrayList<>();
        List<Long> mailIds = new ArrayList<>();
        for (long id : page) {
            try {
                Marked one = transactions.execute(status -> markTogether(List.of(id)));
                expired += one.expired();
                suspended.addAll(one.suspended());
                mailIds.addAll(one.mailIds());
            } catch (Throwable e) {
                ItemFailure.rethrowIfFatal(e);
                log.error("Lifecycle step expiry failed for server {}", id, e);
            }
        }
        return new Marked(expired, suspended, mailIds);
    }

    private Marked markTogether(List<Long> ids) {
        // The page's state changes go to the database as JDBC batches, not one statement each.
        entities.unwrap(Session.class).setJdbcBatchSize(PAGE);
        Instant now = clock.instant();
        Duration grace = settings.grace();
        ServerHistory.Batch changes = history.batch();
        int expired = 0;
        List<GameServer> suspended = new ArrayList<>();
        for (GameServer server : servers.lockAll(ids)) {
            if (server.expiresAt() == null || server.expiresAt().isAfter(now)) {
                continue;
            }
            if (server.endsAtExpiry() && server.state().canBecome(ServerState.DELETING)) {
                // Cancelled by the owner for the end of the period: deleted, not suspended and chased for payment.
                changes.transition(server, ServerState.DELETING, null, "cancelled by the owner at the end of the period");
                server.dueAt(now);
                events.publishEvent(new ServerChanged(server.id()));
                continue;
            }
            boolean graceLeft = server.priceKind() != PriceKind.ON_DEMAND && server.expiresAt().plus(grace).isAfter(now);
            if (server.state() == ServerState.ACTIVE && graceLeft) {
                changes.transition(server, ServerState.EXPIRED, null, null);
                expired++;
            } else if (server.state() == ServerState.ACTIVE || server.state() == ServerState.EXPIRED && !graceLeft) {
                changes.suspend(server, SuspensionCause.UNPAID, null, null, "unpaid since " + DATE.format(server.expiresAt()));
                suspended.add(server);
            }
        }
        changes.write();
        List<Long> mailIds = mails.queueToOwners(suspended, MailType.SERVER_SUSPENDED);
        return new Marked(expired, suspended.stream().map(GameServer::id).toList(), mailIds);
    }

    /**
     * Daemon threads: a panel that stops mid-way does not wait for them; the sweep calls for what they did not get to
     * after the restart.
     */
    private ExecutorService consumers(BlockingQueue<Long> queue) {
        ExecutorService consumers = Executors.newFixedThreadPool(CONSUMERS, task -> {
            Thread thread = new Thread(task, "expiry-suspension-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        for (int i = 0; i < CONSUMERS; i++) {
            consumers.execute(() -> consume(queue));
        }
        return consumers;
    }

    private void consume(BlockingQueue<Long> queue) {
        try {
            for (long id = queue.take(); id != END; id = queue.take()) {
                try {
                    suspensions.sync(id);
                } catch (Throwable e) {
                    ItemFailure.rethrowIfFatal(e);
                    log.error("Suspending server {} in Pterodactyl failed unexpectedly; the sweep tries again", id, e);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitCalls(ExecutorService consumers) {
        try {
            while (!consumers.awaitTermination(1, TimeUnit.MINUTES)) {
                log.info("Expiry: still suspending servers in Pterodactyl at the rate limit");
            }
        } catch (InterruptedException e) {
            consumers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
