package io.pteroca.panel.announcement;

import io.pteroca.panel.catalog.Catalog;
import io.pteroca.panel.server.Servers;
import io.pteroca.panel.shared.Refusal;
import io.pteroca.panel.shared.UtcColumns;
import io.pteroca.panel.shared.work.DurableWorkRunner;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Announcements: what admins write and what each customer sees of them now. */
@Service
public class Announcements {

    /** Text formatting and links; no images, scripts, styles or event handlers. */
    private static final Safelist ALLOWED = Safelist.relaxed().removeTags("img")
            .addProtocols("a", "href", "https", "http", "mailto");

    private final AnnouncementRepository announcements;
    private final Servers servers;
    private final Catalog catalog;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final AnnouncementMailing mailing;
    private final DurableWorkRunner work;

    Announcements(AnnouncementRepository announcements, Servers servers, Catalog catalog, JdbcTemplate jdbc, Clock clock,
                  AnnouncementMailing mailing, DurableWorkRunner work) {
        this.announcements = announcements;
        this.mailing = mailing;
        this.work = work;
        this.servers = servers;
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<AnnouncementView> all() {
        Instant now = clock.instant();
        return announcements.findAllByOrderByStartsAtDesc().stream().map(a -> AnnouncementView.of(a, now)).toList();
    }

    @Transactional(readOnly = true)
    AnnouncementForm form(long id) {
        return AnnouncementForm.of(find(id));
    }

    @Transactional(readOnly = true)
    AnnouncementView view(long id) {
        return AnnouncementView.of(find(id), clock.instant());
    }

    /** Creates (id null) or changes an announcement; refuses what does not add up, naming the field. */
    @Transactional
    public AnnouncementView save(Long id, AnnouncementForm form) {
        if (form.getEndsAt() != null && !form.getEndsAt().isAfter(form.getStartsAt())) {
            throw Refusal.onField("endsAt", "announcement.error.endsAt");
        }
        if (form.getAudience() == Audience.PRODUCT_CUSTOMERS
                && (form.getProductId() == null || catalog.product(form.getProductId()).isEmpty())) {
            throw Refusal.onField("productId", "announcement.error.productId");
        }
        String body = Jsoup.clean(form.getBody(), ALLOWED);
        if (Jsoup.parse(body).text().isBlank()) {
            throw Refusal.onField("body", "announcement.error.body");
        }
        Instant now = clock.instant();
        Announcement announcement = id == null ? new Announcement(now) : find(id);
        announcement.change(form, body, now);
        AnnouncementView saved = AnnouncementView.of(announcements.save(announcement), now);
        if (saved.emailRequested() && saved.emailedAt() == null && saved.active()) {
            // Already started: the mailing begins as soon as this commits, not at the next sweep.
            work.afterCommit(mailing, saved.id());
        }
        return saved;
    }

    @Transactional
    public void delete(long id) {
        announcements.delete(find(id));
    }

    /** What this account sees now: active, meant for it, and not dismissed by it. */
    @Transactional(readOnly = true)
    public List<AnnouncementView> shownTo(long accountId) {
        Instant now = clock.instant();
        List<Announcement> active = announcements.activeAt(now);
        if (active.isEmpty()) {
            return List.of();
        }
        Set<Long> dismissed = new HashSet<>(jdbc.queryForList(
                "select announcement_id from announcement_dismissal where user_id = ?", Long.class, accountId));
        Set<Long> products = null;
        List<AnnouncementView> shown = new java.util.ArrayList<>();
        for (Announcement announcement : active) {
            if (dismissed.contains(announcement.id())) {
                continue;
            }
            if (announcement.audience() != Audience.EVERYONE && products == null) {
                products = servers.productsOwnedBy(accountId);
            }
            boolean meant = switch (announcement.audience()) {
                case EVERYONE -> true;
                case CUSTOMERS_WITH_SERVERS -> !products.isEmpty();
                case PRODUCT_CUSTOMERS -> products.contains(announcement.productId());
            };
            if (meant) {
                shown.add(AnnouncementView.of(announcement, now));
            }
        }
        return shown;
    }

    /** The account no longer sees the announcement; refused for one that may not be dismissed. */
    @Transactional
    public void dismiss(long id, long accountId) {
        Announcement announcement = find(id);
        if (!announcement.dismissible()) {
            throw Refusal.conflict("announcement.error.notDismissible");
        }
        Integer already = jdbc.queryForObject("select count(*) from announcement_dismissal where announcement_id = ? and user_id = ?",
                Integer.class, id, accountId);
        if (already == 0) {
            jdbc.update("insert into announcement_dismissal (announcement_id, user_id, dismissed_at) values (?, ?, ?)", id, accountId,
                    UtcColumns.utc(clock.instant()));
        }
    }

    private Announcement find(long id) {
        return announcements.findById(id).orElseThrow(() -> Refusal.notFound("announcement.error.notFound"));
    }
}
