package io.pteroca.panel.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.WebSession;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SignInTest extends IntegrationTest {

    @Autowired
    Accounts accounts;
    @Autowired
    AccountAdministration administration;
    @Autowired
    BoundedPasswordEncoder signInPasswordChecks;

    private AccountAudit.Actor someAdmin() {
        AccountView admin = AccountFixtures.admin(accounts);
        return new AccountAudit.Actor(admin.id(), admin.email(), "127.0.0.1");
    }

    @Test
    void signInRotatesTheSessionAndIsAudited() {
        AccountView customer = AccountFixtures.customer(accounts);
        WebSession web = browser();
        WebSession.Page loginPage = web.get("/login");
        String before = loginPage.header("Set-Cookie");
        WebSession.Page signedIn = web.signIn(customer.email(), AccountFixtures.PASSWORD);
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.header("Set-Cookie")).contains("SESSION=").isNotEqualTo(before);
        assertThat(web.get("/account").status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'login' and actor_id = ?",
                Integer.class, customer.id())).isEqualTo(1);
    }

    @Test
    void wrongPasswordIsRefusedAndAudited() {
        AccountView customer = AccountFixtures.customer(accounts);
        assertThat(browser().signIn(customer.email(), "wrong password").location()).endsWith("/login?error");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'login_failed' and actor_email = ?",
                Integer.class, customer.email())).isEqualTo(1);
    }

    @Test
    void aSignInThatGetsNoTurnToCheckItsPasswordIsAskedToTryAgainAndCountsAsNoGuess() throws Exception {
        AccountView customer = AccountFixtures.customer(accounts);
        WebSession web = browser();
        try (AutoCloseable flood = signInPasswordChecks.takeEveryTurn()) {
            assertThat(web.signIn(customer.email(), AccountFixtures.PASSWORD).location()).endsWith("/login?busy");
        }
        assertThat(web.get("/login?busy").body()).contains("id=\"login-busy\"").contains("Please try again in a moment");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'login_failed' and actor_email = ?",
                Integer.class, customer.email())).isZero();

        assertThat(web.signIn(customer.email(), AccountFixtures.PASSWORD).location()).doesNotContain("/login");
        assertThat(web.get("/account").status()).isEqualTo(200);
    }

    @Test
    void tooManyAttemptsOnOneAccountAreThrottled() {
        AccountView customer = AccountFixtures.customer(accounts);
        WebSession web = browser();
        for (int i = 0; i < SignInThrottle.ATTEMPTS_PER_ACCOUNT_AND_IP; i++) {
            assertThat(web.signIn(customer.email(), "wrong " + i).location()).endsWith("/login?error");
        }
        assertThat(web.signIn(customer.email(), AccountFixtures.PASSWORD).location()).endsWith("/login?throttled");
        assertThat(web.get("/login?throttled").body()).contains("Too many sign-in attempts");
    }

    @Test
    void blockedAccountsAreRefusedButOnlyToWhoKnowsThePassword() {
        AccountView customer = AccountFixtures.customer(accounts);
        administration.block(customer.id(), someAdmin());
        assertThat(browser().signIn(customer.email(), "wrong password").location()).endsWith("/login?error");
        assertThat(browser().signIn(customer.email(), AccountFixtures.PASSWORD).location()).endsWith("/login?blocked");
    }

    @Test
    void blockingSignsTheAccountOutOnItsNextRequest() {
        AccountView customer = AccountFixtures.customer(accounts);
        WebSession web = browser();
        web.signIn(customer.email(), AccountFixtures.PASSWORD);
        assertThat(web.get("/account").status()).isEqualTo(200);
        administration.block(customer.id(), someAdmin());
        assertThat(web.get("/account").location()).endsWith("/login?ended");
        assertThat(web.get("/account").location()).endsWith("/login");
    }

    @Test
    void deletedAccountsAreUnknownAndTheirAddressIsFree() {
        AccountView customer = AccountFixtures.customer(accounts);
        administration.delete(customer.id(), someAdmin());
        assertThat(browser().signIn(customer.email(), AccountFixtures.PASSWORD).location()).endsWith("/login?error");
        AccountView again = accounts.createVerified(customer.email(), "New", "Person", "another good secret", Role.USER, "test");
        assertThat(again.id()).isNotEqualTo(customer.id());
    }

    @Test
    void rememberMeIsOptInAndEndsWithAPasswordChange() {
        AccountView customer = AccountFixtures.customer(accounts);
        WebSession plain = browser();
        assertThat(plain.signIn(customer.email(), AccountFixtures.PASSWORD).headers().allValues("Set-Cookie"))
                .noneMatch(c -> c.startsWith("remember-me=") && !c.contains("Max-Age=0"));

        WebSession remembered = browser();
        remembered.get("/login");
        WebSession.Page answer = remembered.post("/login",
                Map.of("username", customer.email(), "password", AccountFixtures.PASSWORD, "remember-me", "true"));
        assertThat(answer.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("remember-me=") && c.contains("SameSite=Lax"));
        assertThat(jdbc.queryForObject("select count(*) from persistent_logins where username = ?", Integer.class,
                customer.email())).isEqualTo(1);

        accounts.setPassword(customer.email(), "changed by admin cli");
        assertThat(jdbc.queryForObject("select count(*) from persistent_logins where username = ?", Integer.class,
                customer.email())).isZero();
    }

    @Test
    void signOutNeedsAPostWithCsrfAndIsAudited() {
        AccountView customer = AccountFixtures.customer(accounts);
        WebSession web = browser();
        web.signIn(customer.email(), AccountFixtures.PASSWORD);
        assertThat(web.get("/logout").status()).isEqualTo(200);
        assertThat(web.postRaw("/logout", Map.of()).status()).isEqualTo(403);
        web.get("/account");
        assertThat(web.post("/logout", Map.of()).location()).endsWith("/login?logout");
        assertThat(web.get("/account").location()).endsWith("/login");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'logout' and actor_id = ?",
                Integer.class, customer.id())).isEqualTo(1);
    }

    @Test
    void customersCannotOpenAdminPages() {
        AccountView customer = AccountFixtures.customer(accounts);
        WebSession web = browser();
        web.signIn(customer.email(), AccountFixtures.PASSWORD);
        for (String path : new String[] {"/admin", "/admin/users", "/admin/settings/general", "/admin/audit",
                "/admin/email-log", "/actuator/prometheus"}) {
            WebSession.Page page = web.get(path);
            assertThat(page.status()).as(path).isEqualTo(403);
            assertThat(page.body()).as(path).doesNotContain("Exception");
        }
    }
}
