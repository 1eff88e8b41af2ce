package io.pteroca.panel.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.WebSession;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Terms are linked and must be accepted only when the provider published some; a fresh install has none. */
class TermsOfServiceTest extends IntegrationTest {

    @AfterEach
    void noTerms() {
        settings.set(AccountSettings.TERMS, "");
    }

    @Test
    void withoutTermsNoPageLinksThemAndRegistrationAsksForNoConsent() {
        for (String page : new String[] {"/login", "/register", "/store"}) {
            assertThat(browser().get(page).body()).as(page).doesNotContain("/terms").doesNotContain("Terms of service");
        }
        assertThat(browser().get("/terms").status()).isEqualTo(404);
        assertThat(browser().get("/register").body()).doesNotContain("acceptTerms");

        String email = AccountFixtures.uniqueEmail("noterms");
        Map<String, String> form = RegistrationTest.form(email);
        form.remove("acceptTerms");
        assertThat(browser().submit("/register", "/register", form).status()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select count(*) from users where email = ?", Integer.class, email)).isEqualTo(1);
    }

    @Test
    void publishedTermsAreLinkedEverywhereAndMustBeAccepted() {
        settings.set(AccountSettings.TERMS, "<h2>House rules</h2><p>Be kind to the other players.</p>");
        assertThat(browser().get("/store").body()).contains("id=\"footer-terms\"");
        assertThat(browser().get("/terms").body()).contains("House rules").contains("Be kind");
        assertThat(browser().get("/register").body()).contains("name=\"acceptTerms\"").contains("href=\"/terms\"");

        String email = AccountFixtures.uniqueEmail("refuses");
        Map<String, String> form = RegistrationTest.form(email);
        form.put("acceptTerms", "false");
        WebSession.Page refused = browser().submit("/register", "/register", form);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("is-invalid").contains("You must accept the terms of service.");
        assertThat(jdbc.queryForObject("select count(*) from users where email = ?", Integer.class, email)).isZero();

        form.put("acceptTerms", "true");
        assertThat(browser().submit("/register", "/register", form).status()).isEqualTo(302);
    }
}
