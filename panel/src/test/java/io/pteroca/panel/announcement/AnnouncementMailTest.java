package io.pteroca.panel.announcement;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.catalog.CatalogTestAccess;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.mail.Mailer;
import io.pteroca.panel.server.Servers;
import io.pteroca.panel.setting.SiteSettings;
import io.pteroca.panel.shared.work.DurableWorkRunner;
import io.pteroca.panel.support.BackgroundWork;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.Race;
import io.pteroca.panel.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/** An announcement asked to go out by e-mail reaches each of its audience once, when it starts, whatever the batches. */
class AnnouncementMailTest extends IntegrationTest {

    @Autowired
    Accounts accounts;
    @Autowired
    Announcements announcements;
    @Autowired
    AnnouncementMailing mailing;
    @Autowired
    AnnouncementRepository repository;
    @Autowired
    Servers servers;
    @Autowired
    Mailer mailer;
    @Autowired
    SiteSettings site;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    DurableWorkRunner work;
    @Autowired
    ApplicationContext context;
    @Autowired
    io.pteroca.panel.catalog.Catalog catalog;

    private final List<Long> productsMade = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        announcements.all().forEach(a -> announcements.delete(a.id()));
        jdbc.update("delete from game_server where name like 'mailing-%'");
        productsMade.stream().distinct().forEach(catalog::deleteProduct);
        productsMade.clear();
    }

    private AccountView customer() {
        return accounts.createVerified("mailing-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test",
                "Mia", "Mailing", "mailing secret 9", Role.USER, "test");
    }

    private AnnouncementForm form(String title, Audience audience, Long productId, LocalDateTime start) {
        AnnouncementForm form = new AnnouncementForm();
        form.setTitle(title);
        form.setBody("<p>Nodes restart at <b>22:00</b>.</p>");
        form.setAudience(audience);
        form.setProductId(productId);
        form.setStartsAt(start);
        form.setSendEmail(true);
        return form;
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
    }

    private List<MimeMessage> received(AccountView account, String title) {
        return TestMail.to(account.email()).stream().filter(m -> subject(m).equals(title)).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private int reachableAccounts() {
        return jdbc.queryForObject("select count(*) from users where blocked = ? and deleted_at is null and email is not null",
                Integer.class, false);
    }

    @Test
    void anAnnouncementThatHasStartedIsMailedOnceToEveryoneReachable() {
        AccountView reader = customer();
        AccountView blocked = customer();
        jdbc.update("update users set blocked = ? where id = ?", true, blocked.id());
        String title = "Maintenance " + UUID.randomUUID();

        AnnouncementView saved = announcements.save(null, form(title, Audience.EVERYONE, null, now().minusMinutes(1)));
        int expected = reachableAccounts();
        mailAll(saved.id());

        List<MimeMessage> mine = received(reader, title);
        assertThat(mine).hasSize(1);
        assertThat(TestMail.body(mine.get(0))).contains("22:00").contains("Hello Mia").doesNotContain("<script");
        assertThat(received(blocked, title)).isEmpty();
        AnnouncementView done = announcements.view(saved.id());
        assertThat(done.emailedAt()).isNotNull();
        assertThat(done.recipients()).isEqualTo(expected);
        assertThat(mailsPerRecipient(title)).containsOnly(1);
    }

    @Test
    void aFutureAnnouncementWaitsForItsStartAndIsNotMailedAgainWhenChanged() {
        AccountView reader = customer();
        String title = "Later " + UUID.randomUUID();
        AnnouncementView saved = announcements.save(null, form(title, Audience.EVERYONE, null, now().plusHours(2)));
        work.sweep(mailing);
        BackgroundWork.awaitIdle();
        assertThat(received(reader, title)).isEmpty();
        assertThat(announcements.view(saved.id()).emailedAt()).isNull();

        clock.advance(Duration.ofHours(3));
        mailAll(saved.id());
        assertThat(received(reader, title)).hasSize(1);

        AnnouncementForm changed = announcements.form(saved.id());
        changed.setTitle(title + " (updated)");
        announcements.save(saved.id(), changed);
        work.sweep(mailing);
        BackgroundWork.awaitIdle();
        assertThat(TestMail.to(reader.email()).stream().filter(m -> subject(m).startsWith(title))).hasSize(1);
        assertThat(announcements.view(saved.id()).emailRequested()).isTrue();
    }

    /** Customers around one product: its owner (a live and a suspended server), a former owner, another's, none. */
    private record Audiences(ProductView product, AccountView owner, AccountView formerOwner, AccountView otherOwner,
                             AccountView noServer) {
    }

    private Audiences audiences() {
        ProductView product = new CatalogTestAccess(context).create(CatalogTestAccess.everything("Mailing " + UUID.randomUUID()));
        ProductView other = new CatalogTestAccess(context).create(CatalogTestAccess.everything("Other " + UUID.randomUUID()));
        Audiences audiences = new Audiences(product, customer(), customer(), customer(), customer());
        server(audiences.owner(), product, "ACTIVE");
        server(audiences.owner(), product, "SUSPENDED");
        server(audiences.formerOwner(), product, "DELETED");
        server(audiences.otherOwner(), other, "ACTIVE");
        return audiences;
    }

    @Test
    void aProductsAnnouncementGoesOnlyToOwnersOfItsLiveServers() {
        Audiences audiences = audiences();
        String title = "For one product " + UUID.randomUUID();

        AnnouncementView saved = announcements.save(null, form(title, Audience.PRODUCT_CUSTOMERS, audiences.product().id(), now()));
        mailAll(saved.id());

        assertThat(received(audiences.owner(), title)).hasSize(1);
        assertThat(received(audiences.formerOwner(), title)).isEmpty();
        assertThat(received(audiences.otherOwner(), title)).isEmpty();
        assertThat(received(audiences.noServer(), title)).isEmpty();
        assertThat(announcements.view(saved.id()).recipients()).isEqualTo(1);
    }

    @Test
    void theBannersGoToTheSameAudienceAsTheMail() {
        Audiences audiences = audiences();
        AnnouncementForm forProduct = form("For one product " + UUID.randomUUID(), Audience.PRODUCT_CUSTOMERS,
                audiences.product().id(), now());
        forProduct.setSendEmail(false);
        AnnouncementForm forOwners = form("For server owners " + UUID.randomUUID(), Audience.CUSTOMERS_WITH_SERVERS, null, now());
        forOwners.setSendEmail(false);
        long productBanner = announcements.save(null, forProduct).id();
        long ownersBanner = announcements.save(null, forOwners).id();

        assertThat(announcements.shownTo(audiences.owner().id())).extracting(AnnouncementView::id)
                .contains(productBanner, ownersBanner);
        assertThat(announcements.shownTo(audiences.otherOwner().id())).extracting(AnnouncementView::id)
                .contains(ownersBanner).doesNotContain(productBanner);
        assertThat(announcements.shownTo(audiences.formerOwner().id())).extracting(AnnouncementView::id)
                .doesNotContain(productBanner, ownersBanner);
        assertThat(announcements.shownTo(audiences.noServer().id())).extracting(AnnouncementView::id)
                .doesNotContain(productBanner, ownersBanner);
    }

    @Test
    void instancesMailingSmallBatchesInParallelReachEveryoneExactlyOnce() throws InterruptedException {
        List<AccountView> readers = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            readers.add(customer());
        }
        String title = "In batches " + UUID.randomUUID();
        AnnouncementForm form = form(title, Audience.EVERYONE, null, now().plusMinutes(5));
        AnnouncementView saved = announcements.save(null, form);
        clock.advance(Duration.ofMinutes(10));
        // Two instances with batches of 3 running one attempt after another on the same announcement.
        AnnouncementMailing first = new AnnouncementMailing(repository, accounts, servers, mailer, site, jdbc, transactions, clock, 3);
        AnnouncementMailing second = new AnnouncementMailing(repository, accounts, servers, mailer, site, jdbc, transactions, clock, 3);
        java.util.concurrent.atomic.AtomicInteger turn = new java.util.concurrent.atomic.AtomicInteger();
        int rounds = 0;
        while (announcements.view(saved.id()).emailedAt() == null) {
            assertThat(rounds++).as("the mailing finishes").isLessThan(reachableAccounts());
            Race.of(2, () -> (turn.getAndIncrement() % 2 == 0 ? first : second).attempt(saved.id()));
        }
        BackgroundWork.awaitIdle();

        readers.forEach(reader -> assertThat(received(reader, title)).hasSize(1));
        assertThat(mailsPerRecipient(title)).containsOnly(1);
        assertThat(announcements.view(saved.id()).recipients()).isEqualTo(reachableAccounts());
        assertThat(rounds).isGreaterThan(1);
    }

    /** Sweeps until the announcement has gone to everyone: each sweep mails one batch. */
    private void mailAll(long id) {
        BackgroundWork.awaitIdle();
        for (int sweeps = 0; announcements.view(id).emailedAt() == null; sweeps++) {
            assertThat(sweeps).as("the mailing finishes").isLessThan(1 + reachableAccounts() / AnnouncementMailing.BATCH + 1);
            work.sweep(mailing);
            BackgroundWork.awaitIdle();
        }
    }

    private List<Integer> mailsPerRecipient(String title) {
        return jdbc.queryForList("select count(*) from email_log where mail_type = 'ANNOUNCEMENT' and subject = ? group by recipient",
                Integer.class, title);
    }

    private void server(AccountView owner, ProductView product, String state) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("insert into game_server (owner_id, product_id, name, state, plan, price_kind, period_value, period_unit, "
                + "period_amount, auto_renew, deletion_warned, suspended_in_panel, refund_due, attempts, created_at, updated_at, "
                + "version) values (?, ?, ?, ?, '{}', 'STATIC', 1, 'MONTHS', 1, false, false, false, false, 0, ?, ?, 0)",
                owner.id(), product.id(), "mailing-" + UUID.randomUUID().toString().substring(0, 8), state, now, now);
        productsMade.add(product.id());
    }
}
