package io.pteroca.panel.announcement;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.mail.MailRequest;
import io.pteroca.panel.mail.MailType;
import io.pteroca.panel.mail.Mailer;
import io.pteroca.panel.server.Servers;
import io.pteroca.panel.setting.SiteSettings;
import io.pteroca.panel.shared.UtcColumns;
import io.pteroca.panel.shared.work.DurableWork;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mails an announcement to its audience once it has started, a batch of recipients per transaction. Each batch
 * queues its messages in the e-mail log and moves the cursor in one commit, and the cursor only moves from the value
 * the batch started from: a crash or a second instance never mails anyone twice, and the rest follows on the next sweep.
 */
@Component
class AnnouncementMailing implements DurableWork {

    static final int BATCH = 200;

    private final int batchSize;
    private final AnnouncementRepository announcements;
    private final Accounts accounts;
    private final Servers servers;
    private final Mailer mailer;
    private final SiteSettings site;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    @org.springframework.beans.factory.annotation.Autowired
    AnnouncementMailing(AnnouncementRepository announcements, Accounts accounts, Servers servers, Mailer mailer,
                        SiteSettings site, JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
        this(announcements, accounts, servers, mailer, site, jdbc, transactions, clock, BATCH);
    }

    AnnouncementMailing(AnnouncementRepository announcements, Accounts accounts, Servers servers, Mailer mailer,
                        SiteSettings site, JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock, int batchSize) {
        this.batchSize = batchSize;
        this.announcements = announcements;
        this.accounts = accounts;
        this.servers = servers;
        this.mailer = mailer;
        this.site = site;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "announcement-mail";
    }

    @Override
    public Duration interval() {
        return Duration.ofMinutes(1);
    }

    @Override
    public List<Long> due(Instant now, int limit) {
        java.time.LocalDateTime at = UtcColumns.utc(now);
        return jdbc.queryForList("select id from announcement where email_requested = ? and emailed_at is null "
                + "and starts_at <= ? and (ends_at is null or ends_at > ?) order by starts_at", Long.class, true, at, at)
                .stream().limit(limit).toList();
    }

    @Override
    public boolean attempt(long id) {
        return Boolean.TRUE.equals(transactions.execute(status -> mailBatch(id)));
    }

    private boolean mailBatch(long id) {
        Announcement announcement = announcements.findById(id).orElse(null);
        Instant now = clock.instant();
        if (announcement == null || !announcement.emailRequested() || announcement.emailedAt() != null
                || !announcement.activeAt(now)) {
            return false;
        }
        Long cursor = announcement.mailCursor();
        Batch batch = batchAfter(announcement, cursor == null ? 0 : cursor);
        int moved = jdbc.update("update announcement set mail_cursor = ?, recipients = recipients + ?, emailed_at = ? "
                        + "where id = ? and emailed_at is null and " + (cursor == null ? "mail_cursor is null" : "mail_cursor = ?"),
                cursor == null
                        ? new Object[] {batch.lastId(), batch.recipients().size(), batch.last() ? UtcColumns.utc(now) : null, id}
                        : new Object[] {batch.lastId(), batch.recipients().size(), batch.last() ? UtcColumns.utc(now) : null, id,
                            cursor});
        if (moved == 0) {
            return false;
        }
        // The plain-text part is the same for every recipient: worked out once per batch.
        String text = Jsoup.parse(announcement.body()).wholeText();
        batch.recipients().forEach(recipient -> mailer.send(request(announcement, text, recipient)));
        return true;
    }

    /** The next recipients by account id: everyone reachable, or the owners of (one product's) live servers. */
    private Batch batchAfter(Announcement announcement, long after) {
        if (announcement.audience() == Audience.EVERYONE) {
            List<AccountView> next = accounts.reachableAfter(after, batchSize);
            return new Batch(next, next.isEmpty() ? after : next.get(next.size() - 1).id(), next.size() < batchSize);
        }
        Long productId = announcement.audience() == Audience.PRODUCT_CUSTOMERS ? announcement.productId() : null;
        List<Long> owners = servers.liveOwnersAfter(productId, after, batchSize);
        // Owners that cannot be written to are skipped; the cursor still passes them.
        List<AccountView> reachable = accounts.findAll(owners).values().stream()
                .filter(owner -> !owner.blocked() && !owner.deleted() && owner.email() != null)
                .sorted(Comparator.comparing(AccountView::id)).toList();
        return new Batch(reachable, owners.isEmpty() ? after : owners.get(owners.size() - 1), owners.size() < batchSize);
    }

    private record Batch(List<AccountView> recipients, long lastId, boolean last) {
    }

    private MailRequest request(Announcement announcement, String text, AccountView recipient) {
        Locale locale = recipient.language() != null ? Locale.forLanguageTag(recipient.language()) : site.defaultLocale();
        return request(site, announcement.title(), announcement.body(), text, recipient.email(), recipient.id(),
                recipient.firstName(), locale);
    }

    /** One recipient's copy; {@code body} is sanitized HTML, {@code text} its plain-text reading. */
    static MailRequest request(SiteSettings site, String title, String body, String text, String email, Long accountId,
                               String firstName, Locale locale) {
        Map<String, Object> model = Map.of("name", firstName == null ? "" : firstName,
                "title", title, "body", body, "text", text,
                "siteTitle", site.title(), "link", site.url() + "/");
        return new MailRequest(email, accountId, MailType.ANNOUNCEMENT, "announcement/mail",
                "mail.announcement.subject", new Object[] {title}, model, locale);
    }
}
