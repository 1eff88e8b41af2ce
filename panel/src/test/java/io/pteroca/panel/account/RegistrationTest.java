package io.pteroca.panel.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.support.CaptchaStub;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.TestMail;
import io.pteroca.panel.support.WebSession;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RegistrationTest extends IntegrationTest {

    @Autowired
    Accounts accounts;

    @AfterEach
    void defaults() {
        settings.setAll(Map.of(AccountSettings.VERIFICATION, "optional", AccountSettings.CAPTCHA_PROVIDER, "none",
                AccountSettings.REGISTRATION_OPEN, "true"));
    }

    static Map<String, String> form(String email) {
        Map<String, String> form = new HashMap<>();
        form.put("email", email);
        form.put("firstName", "Robin");
        form.put("lastName", "Rider");
        form.put("password", "a long enough secret");
        form.put("acceptTerms", "true");
        return form;
    }

    @Test
    void registeringSendsAVerificationLinkThatVerifiesOnce() {
        String email = AccountFixtures.uniqueEmail("new");
        WebSession web = browser();
        WebSession.Page answer = web.submit("/register", "/register", form(email));
        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.location()).as("signed in at once").endsWith("/");
        AccountView account = accounts.findByEmail(email).orElseThrow();
        assertThat(account.emailVerified()).isFalse();
        assertThat(account.role()).isEqualTo(Role.USER);

        MimeMessage welcome = TestMail.await(email, 1).get(0);
        String link = TestMail.link(welcome, "http://localhost:8080/verify-email?token=");
        String path = link.substring("http://localhost:8080".length());
        assertThat(web.get(path).body()).contains("id=\"verify-ok\"");
        assertThat(accounts.findByEmail(email).orElseThrow().emailVerified()).isTrue();
        assertThat(web.get(path).body()).contains("id=\"verify-failed\"");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'email_verified' and actor_email = ?",
                Integer.class, email)).isEqualTo(1);
    }

    @Test
    void verificationLinkExpiresAfter24Hours() {
        String email = AccountFixtures.uniqueEmail("late");
        WebSession web = browser();
        web.submit("/register", "/register", form(email));
        String link = TestMail.link(TestMail.await(email, 1).get(0), "http://localhost:8080/verify-email?token=");
        clock.advance(java.time.Duration.ofHours(24).plusMinutes(1));
        assertThat(web.get(link.substring("http://localhost:8080".length())).body()).contains("id=\"verify-failed\"");
        assertThat(accounts.findByEmail(email).orElseThrow().emailVerified()).isFalse();
    }

    @Test
    void withVerificationDisabledTheAccountIsVerifiedAtOnce() {
        settings.set(AccountSettings.VERIFICATION, "disabled");
        String email = AccountFixtures.uniqueEmail("noverify");
        browser().submit("/register", "/register", form(email));
        assertThat(accounts.findByEmail(email).orElseThrow().emailVerified()).isTrue();
        assertThat(TestMail.body(TestMail.await(email, 1).get(0))).doesNotContain("verify-email?token");
    }

    @Test
    void anAccountGetsItsPterodactylUserAsSoonAsItMayOrder() {
        String optional = AccountFixtures.uniqueEmail("optional");
        browser().submit("/register", "/register", form(optional));
        awaitLinked(accounts.findByEmail(optional).orElseThrow().id());

        settings.set(AccountSettings.VERIFICATION, "required");
        String required = AccountFixtures.uniqueEmail("required");
        WebSession web = browser();
        web.submit("/register", "/register", form(required));
        long requiredId = accounts.findByEmail(required).orElseThrow().id();
        assertThat(jdbc.queryForObject("select count(*) from pterodactyl_account where user_id = ?", Integer.class, requiredId))
                .as("not before the address is verified").isZero();
        String link = TestMail.link(TestMail.await(required, 1).get(0), "http://localhost:8080/verify-email?token=");
        web.get(link.substring("http://localhost:8080".length()));
        awaitLinked(requiredId);
    }

    /** Linking runs in the background once the registration commits. */
    private void awaitLinked(long accountId) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        String status = null;
        while (System.nanoTime() < deadline && !"LINKED".equals(status)) {
            status = jdbc.queryForList("select status from pterodactyl_account where user_id = ?", String.class, accountId)
                    .stream().findFirst().orElse(null);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        assertThat(status).isEqualTo("LINKED");
    }

    @Test
    void everyInvalidFieldIsShownAndNothingIsStored() {
        Map<String, Map<String, String>> invalid = Map.of(
                "email", Map.of("email", "not-an-address"),
                "firstName", Map.of("firstName", "R"),
                "lastName", Map.of("lastName", ""),
                "password", Map.of("password", "short"));
        invalid.forEach((field, override) -> {
            String email = AccountFixtures.uniqueEmail("invalid");
            Map<String, String> form = form(email);
            form.putAll(override);
            WebSession.Page page = browser().submit("/register", "/register", form);
            assertThat(page.status()).as(field).isEqualTo(200);
            assertThat(page.body()).as(field).contains("is-invalid");
            assertThat(accounts.findByEmail(email)).as(field).isEmpty();
        });
    }

    @Test
    void invalidFieldsAreExplainedInTheVisitorsLanguageNotInTheValidatorsWords() {
        Map<String, String> bad = form("not an address");
        bad.put("firstName", "R");
        bad.put("lastName", " ");
        String english = browser().submit("/register", "/register", bad).body();
        assertThat(english).contains("This is not an e-mail address.").contains("Use between 2 and 100 characters.")
                .doesNotContain("must not be blank").doesNotContain("size must be").doesNotContain("well-formed");
        WebSession polish = browser();
        polish.get("/register?lang=pl");
        String polishPage = polish.submit("/register", "/register", bad).body();
        assertThat(polishPage).contains("To nie jest adres e-mail.").contains("Użyj od 2 do 100 znaków.")
                .doesNotContain("nie może być odstępem").doesNotContain("wielkość musi");
    }

    @Test
    void commonPasswordsAreRefused() {
        String email = AccountFixtures.uniqueEmail("common");
        Map<String, String> form = form(email);
        form.put("password", "Password123");
        WebSession.Page page = browser().submit("/register", "/register", form);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("too common");
        assertThat(accounts.findByEmail(email)).isEmpty();
    }

    @Test
    void anAddressRegistersOnceWhateverItsCase() {
        String email = AccountFixtures.uniqueEmail("twice");
        browser().submit("/register", "/register", form(email));
        WebSession.Page again = browser().submit("/register", "/register", form(email.toUpperCase()));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).contains("already exists");
    }

    @Test
    void captchaIsVerifiedOnTheServer() {
        settings.setAll(Map.of(AccountSettings.CAPTCHA_PROVIDER, "turnstile", AccountSettings.CAPTCHA_SITE_KEY, "site-key",
                AccountSettings.CAPTCHA_SECRET, CaptchaStub.SECRET));
        String refused = AccountFixtures.uniqueEmail("bot");
        Map<String, String> botForm = form(refused);
        botForm.put("cf-turnstile-response", "forged");
        WebSession.Page page = browser().submit("/register", "/register", botForm);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"form-error\"");
        assertThat(accounts.findByEmail(refused)).isEmpty();

        String accepted = AccountFixtures.uniqueEmail("human");
        Map<String, String> humanForm = form(accepted);
        humanForm.put("cf-turnstile-response", CaptchaStub.GOOD_RESPONSE);
        assertThat(browser().submit("/register", "/register", humanForm).status()).isEqualTo(302);
        assertThat(accounts.findByEmail(accepted)).isPresent();
        assertThat(CaptchaStub.requests()).anyMatch(r -> r.contains("response=forged"));
    }

    @Test
    void closedRegistrationCreatesNothing() {
        settings.set(AccountSettings.REGISTRATION_OPEN, "false");
        String email = AccountFixtures.uniqueEmail("closed");
        WebSession.Page page = browser().postRaw("/register", form(email));
        assertThat(page.status()).isEqualTo(403);
        WebSession web = browser();
        // The closed page has no form, so a visitor there holds no CSRF token; the sign-in page's token lets the post through.
        web.get("/login");
        assertThat(web.post("/register", form(email)).status()).isEqualTo(200);
        assertThat(accounts.findByEmail(email)).isEmpty();
        assertThat(web.get("/store").body()).as("no Register link while closed").doesNotContain("href=\"/register\"");
    }

    @Test
    void registrationIsRateLimitedPerAddress() {
        int refused = 0;
        for (int i = 0; i < RegistrationController.REGISTRATIONS_PER_IP + 2; i++) {
            WebSession.Page page = browser().submit("/register", "/register", form(AccountFixtures.uniqueEmail("flood")));
            if (page.status() == 200 && page.body().contains("Too many attempts")) {
                refused++;
            }
        }
        assertThat(refused).isEqualTo(2);
    }

    @Test
    void resendingTheLinkIsLimitedToOncePerFiveMinutes() {
        String email = AccountFixtures.uniqueEmail("resend");
        WebSession web = browser();
        web.submit("/register", "/register", form(email));
        TestMail.await(email, 1);
        web.get("/verify-email/notice");
        web.post("/verify-email/resend", Map.of());
        assertThat(TestMail.to(email)).hasSize(1);
        clock.advance(java.time.Duration.ofMinutes(5).plusSeconds(1));
        web.get("/verify-email/notice");
        web.post("/verify-email/resend", Map.of());
        TestMail.await(email, 2);
        web.get("/verify-email/notice");
        web.post("/verify-email/resend", Map.of());
        assertThat(TestMail.to(email)).hasSize(2);
    }
}
