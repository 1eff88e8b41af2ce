package io.pteroca.panel.announcement;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.WebSession;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Admins write announcements; customers see the ones meant for them while they run, and close the closable ones. */
class AnnouncementTest extends IntegrationTest {

    private static final String PASSWORD = "announcement secret 7";

    @Autowired
    Accounts accounts;
    @Autowired
    Announcements announcements;

    @AfterEach
    void removeAll() {
        announcements.all().forEach(a -> announcements.delete(a.id()));
    }

    private WebSession signedIn(Role role) {
        AccountView account = accounts.createVerified("news-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test",
                "Nora", "News", PASSWORD, role, "test");
        WebSession web = browser();
        web.signIn(account.email(), PASSWORD);
        return web;
    }

    private Map<String, String> form(String title, String body, String audience, LocalDateTime start, LocalDateTime end,
                                     boolean dismissible) {
        Map<String, String> form = new HashMap<>(Map.of("title", title, "body", body, "audience", audience,
                "startsAt", start.toString(), "endsAt", end == null ? "" : end.toString(), "_dismissible", "on"));
        if (dismissible) {
            form.put("dismissible", "true");
        }
        return form;
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
    }

    @Test
    void aCustomerSeesAnActiveAnnouncementOnEveryPageUntilClosingIt() {
        WebSession admin = signedIn(Role.ADMIN);
        admin.get("/admin/announcements/new");
        WebSession.Page saved = admin.post("/admin/announcements", form("Maintenance tonight",
                "<p>Nodes restart at <b>22:00</b>.</p><script>alert(1)</script><img src=x onerror=alert(2)>", "EVERYONE",
                now().minusMinutes(1), now().plusDays(1), true));
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(admin.get("/admin/announcements").body()).contains("Maintenance tonight").contains("Everyone signed in")
                .contains("Shown now").doesNotContain("EVERYONE");

        WebSession customer = signedIn(Role.USER);
        String dashboard = customer.get("/").body();
        assertThat(dashboard).contains("Maintenance tonight").contains("<b>22:00</b>").doesNotContain("<script>alert")
                .doesNotContain("onerror");
        assertThat(customer.get("/wallet").body()).contains("Maintenance tonight");
        Matcher id = Pattern.compile("id=\"announcement-banner-(\\d+)\"").matcher(dashboard);
        assertThat(id.find()).isTrue();

        WebSession.Page closed = customer.post("/announcements/" + id.group(1) + "/dismiss", Map.of());
        assertThat(closed.status()).isEqualTo(302);
        assertThat(customer.get("/").body()).doesNotContain("Maintenance tonight");
        assertThat(signedIn(Role.USER).get("/").body()).as("others still see it").contains("Maintenance tonight");

        clock.advance(Duration.ofDays(2));
        assertThat(signedIn(Role.USER).get("/").body()).as("after its end").doesNotContain("Maintenance tonight");
    }

    @Test
    void audienceStartAndClosabilityAreKept() {
        WebSession admin = signedIn(Role.ADMIN);
        admin.get("/admin/announcements/new");
        assertThat(admin.post("/admin/announcements", form("For server owners", "<p>Backups are free now.</p>",
                "CUSTOMERS_WITH_SERVERS", now().minusMinutes(1), null, true)).status()).isEqualTo(302);
        admin.get("/admin/announcements/new");
        assertThat(admin.post("/admin/announcements", form("Price change", "<p>New prices from January.</p>", "EVERYONE",
                now().plusHours(3), null, false)).status()).isEqualTo(302);
        assertThat(announcements.all()).extracting(AnnouncementView::title).contains("For server owners", "Price change");

        WebSession customer = signedIn(Role.USER);
        assertThat(customer.get("/").body()).as("no servers, not started").doesNotContain("For server owners")
                .doesNotContain("Price change");
        clock.advance(Duration.ofHours(4));
        String page = customer.get("/").body();
        assertThat(page).contains("Price change");
        Matcher id = Pattern.compile("id=\"announcement-banner-(\\d+)\"").matcher(page);
        assertThat(id.find()).isTrue();
        assertThat(page).doesNotContain("/announcements/" + id.group(1) + "/dismiss");
        assertThat(customer.post("/announcements/" + id.group(1) + "/dismiss", Map.of()).status()).isEqualTo(409);
        assertThat(customer.get("/").body()).contains("Price change");
        assertThat(customer.post("/announcements/999999/dismiss", Map.of()).status()).isEqualTo(404);
        assertThat(customer.get("/admin/announcements").status()).isEqualTo(403);
    }

    @Test
    void badInputNamesTheFieldAndSavesNothing() {
        WebSession admin = signedIn(Role.ADMIN);
        int before = announcements.all().size();
        admin.get("/admin/announcements/new");
        WebSession.Page backwards = admin.post("/admin/announcements", form("Backwards", "<p>x</p>", "EVERYONE", now(),
                now().minusDays(1), true));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body()).contains("The end must be after the start.").contains("Backwards");

        Map<String, String> junk = form("", "<script>only()</script>", "NOPE", now(), null, true);
        junk.put("startsAt", "yesterday-ish");
        junk.put("productId", "abc");
        admin.get("/admin/announcements/new");
        WebSession.Page refused = admin.post("/admin/announcements", junk);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"announcement-errors\"").contains("Give it a title")
                .contains("Enter when it is shown from.").doesNotContain("Exception");

        admin.get("/admin/announcements/new");
        WebSession.Page noProduct = admin.post("/admin/announcements", form("For one plan", "<p>x</p>", "PRODUCT_CUSTOMERS",
                now(), null, true));
        assertThat(noProduct.status()).isEqualTo(400);
        assertThat(noProduct.body()).contains("Choose the product whose customers see it.");
        assertThat(announcements.all()).hasSize(before);
        assertThat(admin.get("/admin/announcements/99999").status()).isEqualTo(404);
    }
}
