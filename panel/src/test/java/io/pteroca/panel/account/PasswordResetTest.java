package io.pteroca.panel.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.TestMail;
import io.pteroca.panel.support.WebSession;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PasswordResetTest extends IntegrationTest {

    private static final String SITE = "http://localhost:8080";

    @Autowired
    Accounts accounts;

    private String requestResetLink(String email) {
        int before = TestMail.to(email).size();
        WebSession.Page answer = browser().submit("/reset-password", "/reset-password", Map.of("email", email));
        assertThat(answer.status()).isEqualTo(302);
        var mails = TestMail.await(email, before + 1);
        return TestMail.link(mails.get(mails.size() - 1), SITE + "/reset-password/").substring(SITE.length());
    }

    @Test
    void resetSetsTheNewPasswordAndEndsEveryOtherSession() {
        AccountView customer = AccountFixtures.customer(accounts);
        WebSession otherDevice = browser();
        assertThat(otherDevice.signIn(customer.email(), AccountFixtures.PASSWORD).location()).endsWith("/");
        assertThat(otherDevice.get("/account").status()).isEqualTo(200);

        String link = requestResetLink(customer.email());
        WebSession web = browser();
        web.get(link);
        WebSession.Page done = web.post(link, Map.of("password", "a brand new secret", "confirmPassword", "a brand new secret"));
        assertThat(done.status()).isEqualTo(302);
        assertThat(done.location()).endsWith("/login");

        assertThat(otherDevice.get("/account").location()).endsWith("/login?ended");
        assertThat(browser().signIn(customer.email(), AccountFixtures.PASSWORD).location()).endsWith("/login?error");
        assertThat(browser().signIn(customer.email(), "a brand new secret").location()).doesNotContain("error");
    }

    @Test
    void aResetLinkWorksOnce() {
        AccountView customer = AccountFixtures.customer(accounts);
        String link = requestResetLink(customer.email());
        WebSession web = browser();
        web.get(link);
        web.post(link, Map.of("password", "first new secret", "confirmPassword", "first new secret"));
        web.get(link);
        WebSession.Page reused = web.post(link, Map.of("password", "second new secret", "confirmPassword", "second new secret"));
        assertThat(reused.status()).isEqualTo(200);
        assertThat(reused.body()).contains("id=\"form-error\"");
        assertThat(browser().signIn(customer.email(), "first new secret").location()).doesNotContain("error");
    }

    @Test
    void aResetLinkExpiresAfterOneHour() {
        AccountView customer = AccountFixtures.customer(accounts);
        String link = requestResetLink(customer.email());
        clock.advance(Duration.ofMinutes(61));
        WebSession web = browser();
        web.get(link);
        WebSession.Page late = web.post(link, Map.of("password", "too late secret", "confirmPassword", "too late secret"));
        assertThat(late.body()).contains("id=\"form-error\"");
        assertThat(browser().signIn(customer.email(), AccountFixtures.PASSWORD).location()).doesNotContain("error");
    }

    @Test
    void aNewLinkReplacesTheOldOne() {
        AccountView customer = AccountFixtures.customer(accounts);
        String first = requestResetLink(customer.email());
        requestResetLink(customer.email());
        WebSession web = browser();
        web.get(first);
        assertThat(web.post(first, Map.of("password", "some new secret", "confirmPassword", "some new secret")).body())
                .contains("id=\"form-error\"");
    }

    @Test
    void tokensAreStoredHashed() {
        AccountView customer = AccountFixtures.customer(accounts);
        String token = requestResetLink(customer.email()).substring("/reset-password/".length());
        assertThat(jdbc.queryForList("select token_hash from account_token where user_id = ?", String.class, customer.id()))
                .isNotEmpty()
                .doesNotContain(token)
                .contains(io.pteroca.panel.shared.Tokens.sha256Hex(token));
    }

    @Test
    void unknownAndKnownAddressesGetTheSameAnswer() {
        AccountView customer = AccountFixtures.customer(accounts);
        WebSession.Page known = browser().submit("/reset-password", "/reset-password", Map.of("email", customer.email()));
        WebSession.Page unknown = browser().submit("/reset-password", "/reset-password",
                Map.of("email", AccountFixtures.uniqueEmail("nobody")));
        assertThat(unknown.status()).isEqualTo(known.status());
        assertThat(unknown.location()).isEqualTo(known.location());
    }

    @Test
    void weakNewPasswordsAndMismatchesAreRefused() {
        AccountView customer = AccountFixtures.customer(accounts);
        String link = requestResetLink(customer.email());
        WebSession web = browser();
        web.get(link);
        assertThat(web.post(link, Map.of("password", "password123", "confirmPassword", "password123")).body())
                .contains("is-invalid");
        web.get(link);
        assertThat(web.post(link, Map.of("password", "one good secret", "confirmPassword", "another secret")).body())
                .contains("is-invalid");
        web.get(link);
        assertThat(web.post(link, Map.of("password", "one good secret", "confirmPassword", "one good secret")).status())
                .isEqualTo(302);
    }

    @Test
    void resetRequestsAreRateLimitedPerAccount() {
        AccountView customer = AccountFixtures.customer(accounts);
        WebSession web = browser();
        for (int i = 0; i < PasswordResetController.REQUESTS_PER_ACCOUNT; i++) {
            assertThat(web.submit("/reset-password", "/reset-password", Map.of("email", customer.email())).status())
                    .isEqualTo(302);
        }
        WebSession.Page limited = web.submit("/reset-password", "/reset-password", Map.of("email", customer.email()));
        assertThat(limited.status()).isEqualTo(200);
        assertThat(limited.body()).contains("Too many attempts");
    }
}
