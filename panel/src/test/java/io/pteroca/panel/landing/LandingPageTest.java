package io.pteroca.panel.landing;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.catalog.CategoryView;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.WebSession;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Visitors get the landing page at /, customers their dashboard; the admin edits it in Settings without templates. */
class LandingPageTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Accounts accounts;
    private LandingFixtures store;

    @BeforeEach
    void landingDefaults() {
        store = new LandingFixtures(context);
        store.reset();
    }

    @AfterEach
    void back() {
        store.reset();
    }

    @Test
    void visitorsSeeTheSiteItsPlansCategoriesSellingPointsAndQuestions() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        CategoryView category = store.category("Valheim " + suffix, "Vikings & friends");
        ProductView small = store.plan(category, "Longship " + suffix, "For a small crew", 2048, "4.99");
        ProductView large = store.plan(category, "Drakkar " + suffix, "For the whole clan", 8192, "14.99");
        store.feature(large, small);

        WebSession.Page page = browser().get("/?lang=en");
        assertThat(page.status()).isEqualTo(200);
        String body = page.body();
        assertThat(body).contains("id=\"landing-hero\"").contains("Game servers, ready a minute after you order")
                .contains("href=\"/store\"").contains("See the plans");
        assertThat(body.indexOf("Drakkar " + suffix)).as("featured in the chosen order").isPositive()
                .isLessThan(body.indexOf("Longship " + suffix));
        assertThat(body).contains("14.99").contains("Valheim " + suffix).contains("Vikings &amp; friends")
                .contains("Ready in minutes").contains("How quickly is my server ready?");
        assertThat(browser().get("/?lang=pl").body()).contains("Serwery gier gotowe minutę po zamówieniu")
                .contains("Jak szybko serwer będzie gotowy?");
    }

    @Test
    void signedInCustomersStillGetTheirDashboard() {
        AccountView customer = accounts.createVerified("landing-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test",
                "Lea", "Lander", "landing test secret", Role.USER, "test");
        WebSession web = browser();
        web.signIn(customer.email(), "landing test secret");
        String dashboard = web.get("/").body();
        assertThat(dashboard).contains("id=\"greeting\"").doesNotContain("id=\"landing-hero\"");
        assertThat(web.get("/landing").body()).as("the landing page itself stays reachable").contains("id=\"landing-hero\"");
    }

    @Test
    void theAdminsTextsAreShownEscapedAndSectionsCanBeHiddenOrTheWholePageSwitchedOff() {
        settings.setAll(Map.of(
                LandingSettings.HEADLINE, "Servers <script>alert(1)</script> for everyone",
                LandingSettings.CTA_LABEL, "Join us",
                LandingSettings.CTA_TARGET, "register",
                LandingSettings.SELLING_POINTS, "Fast | Really <b>fast</b>\nCheap\n\n",
                LandingSettings.SHOW_FAQ, "false",
                LandingSettings.SHOW_FEATURED, "false"));
        String body = browser().get("/?lang=en").body();
        assertThat(body).contains("Servers &lt;script&gt;alert(1)&lt;/script&gt; for everyone").doesNotContain("<script>alert(1)")
                .contains("href=\"/register\"").contains(">Join us<")
                .contains("Really &lt;b&gt;fast&lt;/b&gt;").contains(">Cheap<").doesNotContain("Ready in minutes")
                .doesNotContain("id=\"landing-faq\"").doesNotContain("id=\"landing-featured\"");

        settings.set(LandingSettings.ENABLED, "false");
        WebSession.Page start = browser().get("/");
        assertThat(start.status()).isEqualTo(302);
        assertThat(start.location()).endsWith("/store");
    }

    @Test
    void featuredProductsAreEnteredAsIdsAndOtherInputIsRefused() {
        AccountView admin = accounts.createVerified("landing-admin-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test",
                "Ada", "Admin", "landing admin secret", Role.ADMIN, "test");
        WebSession web = browser();
        web.signIn(admin.email(), "landing admin secret");
        String form = web.get("/admin/settings/landing").body();
        assertThat(form).contains("name=\"landing.featured_products\"").contains("name=\"landing.faq\"");
        WebSession.Page refused = web.post("/admin/settings/landing", Map.of("landing.enabled", "true",
                "landing.featured_products", "three, seven", "landing.cta_target", "store"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("Enter ids separated by commas");
        web.get("/admin/settings/landing");
        WebSession.Page saved = web.post("/admin/settings/landing", Map.of("landing.enabled", "true",
                "landing.featured_products", " 12  7,3 ", "landing.cta_target", "store"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(settings.get(LandingSettings.FEATURED)).isEqualTo("12,7,3");
    }
}
