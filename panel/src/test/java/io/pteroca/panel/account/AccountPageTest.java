package io.pteroca.panel.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.TestMail;
import io.pteroca.panel.support.WebSession;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AccountPageTest extends IntegrationTest {

    @Autowired
    Accounts accounts;

    private WebSession signedIn(AccountView account) {
        WebSession web = browser();
        web.signIn(account.email(), AccountFixtures.PASSWORD);
        return web;
    }

    @Test
    void namesCanBeChangedAndAreValidated() {
        AccountView customer = AccountFixtures.customer(accounts);
        WebSession web = signedIn(customer);
        web.get("/account");
        assertThat(web.post("/account/profile", Map.of("firstName", "X", "lastName", "Valid")).body()).contains("is-invalid");
        web.get("/account");
        assertThat(web.post("/account/profile", Map.of("firstName", "Jamie", "lastName", "Doe")).status()).isEqualTo(302);
        assertThat(accounts.find(customer.id()).orElseThrow().firstName()).isEqualTo("Jamie");
    }

    @Test
    void passwordChangeNeedsTheCurrentPasswordAndSignsOutEverywhere() {
        AccountView customer = AccountFixtures.customer(accounts);
        WebSession web = signedIn(customer);
        WebSession other = signedIn(customer);
        web.get("/account");
        WebSession.Page wrong = web.post("/account/password", Map.of("currentPassword", "not it",
                "newPassword", "a fresh password", "confirmPassword", "a fresh password"));
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.body()).contains("current password is not correct");
        web.get("/account");
        assertThat(web.post("/account/password", Map.of("currentPassword", AccountFixtures.PASSWORD,
                "newPassword", "a fresh password", "confirmPassword", "a fresh password")).location()).endsWith("/login");
        assertThat(other.get("/account").location()).endsWith("/login?ended");
        assertThat(browser().signIn(customer.email(), "a fresh password").location()).doesNotContain("error");
    }

    @Test
    void emailChangeNeedsThePasswordAndAConfirmationFromTheNewAddress() {
        AccountView customer = AccountFixtures.customer(accounts);
        String newEmail = AccountFixtures.uniqueEmail("moved");
        WebSession web = signedIn(customer);
        web.get("/account");
        assertThat(web.post("/account/email", Map.of("newEmail", newEmail, "currentPassword", "nope")).body())
                .contains("is-invalid");
        web.get("/account");
        assertThat(web.post("/account/email", Map.of("newEmail", newEmail, "currentPassword", AccountFixtures.PASSWORD))
                .status()).isEqualTo(302);
        assertThat(accounts.find(customer.id()).orElseThrow().email()).isEqualTo(customer.email());

        String link = TestMail.link(TestMail.await(newEmail, 1).get(0), "http://localhost:8080/account/email/confirm?token=");
        web.get(link.substring("http://localhost:8080".length()));
        assertThat(accounts.find(customer.id()).orElseThrow().email()).isEqualTo(newEmail);
        assertThat(browser().signIn(newEmail, AccountFixtures.PASSWORD).location()).doesNotContain("error");
    }

    @Test
    void languageIsRememberedPerAccount() {
        AccountView customer = AccountFixtures.customer(accounts);
        WebSession web = signedIn(customer);
        web.get("/account");
        assertThat(web.post("/account/language", Map.of("language", "xx")).body()).contains("is-invalid");
        web.get("/account");
        web.post("/account/language", Map.of("language", "pl"));
        assertThat(web.get("/account").body()).contains("lang=\"pl\"");
        assertThat(signedIn(customer).get("/account").body()).contains("lang=\"pl\"");
    }
}
