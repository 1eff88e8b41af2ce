package io.pteroca.panel.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.support.CaptchaStub;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.WebSession;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Sign-in limits that cannot be turned against the account's owner: failures from one address lock out only that
 * address, failures from everywhere ask for the captcha, and successful sign-ins do not use up an address's budget.
 * Addresses are given directly, as every test request comes from the same loopback address.
 */
class SignInThrottleTest extends IntegrationTest {

    @Autowired
    Accounts accounts;
    @Autowired
    SignInThrottle throttle;

    private void failFrom(String email, String ip, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(throttle.attempt(email, ip, null)).isEqualTo(SignInThrottle.Verdict.GO_ON);
            throttle.failed(email, ip);
        }
    }

    @Test
    void wrongPasswordsFromOneAddressDoNotLockTheOwnerOut() {
        AccountView victim = AccountFixtures.customer(accounts);
        failFrom(victim.email(), "203.0.113.7", SignInThrottle.ATTEMPTS_PER_ACCOUNT_AND_IP);
        assertThat(throttle.attempt(victim.email(), "203.0.113.7", null)).as("the attacker").isEqualTo(SignInThrottle.Verdict.THROTTLED);
        assertThat(throttle.attempt(" " + victim.email().toUpperCase(), "203.0.113.7", null)).isEqualTo(SignInThrottle.Verdict.THROTTLED);
        assertThat(throttle.attempt(victim.email(), "198.51.100.4", null)).as("the owner, elsewhere").isEqualTo(SignInThrottle.Verdict.GO_ON);
    }

    @Test
    void failuresFromManyAddressesAskForTheCaptchaWhenOneIsConfigured() {
        AccountView victim = AccountFixtures.customer(accounts);
        for (int i = 0; i < SignInThrottle.FAILURES_BEFORE_CAPTCHA; i++) {
            failFrom(victim.email(), "203.0.113." + i, 1);
        }
        assertThat(throttle.attempt(victim.email(), "198.51.100.4", null)).as("no captcha configured")
                .isEqualTo(SignInThrottle.Verdict.GO_ON);
        settings.setAll(Map.of(AccountSettings.CAPTCHA_PROVIDER, "turnstile", AccountSettings.CAPTCHA_SITE_KEY, "site-key",
                AccountSettings.CAPTCHA_SECRET, CaptchaStub.SECRET));
        try {
            assertThat(throttle.attempt(victim.email(), "198.51.100.5", "forged")).isEqualTo(SignInThrottle.Verdict.NEEDS_CAPTCHA);
            assertThat(throttle.attempt(victim.email(), "198.51.100.6", CaptchaStub.GOOD_RESPONSE)).isEqualTo(SignInThrottle.Verdict.GO_ON);
            WebSession owner = browser();
            assertThat(owner.signIn(victim.email(), AccountFixtures.PASSWORD).location()).endsWith("/login?captcha");
            assertThat(owner.get("/login?captcha").body()).contains("id=\"login-captcha\"").contains("class=\"cf-turnstile\"");
            assertThat(browser().get("/login").body()).doesNotContain("cf-turnstile");
        } finally {
            settings.set(AccountSettings.CAPTCHA_PROVIDER, "none");
        }
    }

    @Test
    void failuresFromOneAddressShowTheCaptchaOnTheFormAndSignInThenRequiresIt() {
        AccountView customer = AccountFixtures.customer(accounts);
        settings.setAll(Map.of(AccountSettings.CAPTCHA_PROVIDER, "turnstile", AccountSettings.CAPTCHA_SITE_KEY, "site-key",
                AccountSettings.CAPTCHA_SECRET, CaptchaStub.SECRET));
        try {
            WebSession web = browser();
            assertThat(web.get("/login").body()).doesNotContain("cf-turnstile");
            for (int i = 0; i < SignInThrottle.FAILURES_BEFORE_CAPTCHA; i++) {
                assertThat(web.signIn(AccountFixtures.uniqueEmail("guess"), "wrong guess").location()).endsWith("/login?error");
            }
            assertThat(web.get("/login?error").body()).as("the form shows the captcha").contains("class=\"cf-turnstile\"");
            assertThat(web.signIn(customer.email(), AccountFixtures.PASSWORD).location()).as("the server requires it")
                    .endsWith("/login?captcha");
            web.get("/login");
            assertThat(web.post("/login", Map.of("username", customer.email(), "password", AccountFixtures.PASSWORD,
                    "cf-turnstile-response", "forged")).location()).endsWith("/login?captcha");
            web.get("/login");
            assertThat(web.post("/login", Map.of("username", customer.email(), "password", AccountFixtures.PASSWORD,
                    "cf-turnstile-response", CaptchaStub.GOOD_RESPONSE)).location()).doesNotContain("login");
            assertThat(throttle.captchaNeeded("198.51.100.9")).as("another address").isFalse();
        } finally {
            settings.set(AccountSettings.CAPTCHA_PROVIDER, "none");
        }
        assertThat(throttle.captchaNeeded("127.0.0.1")).as("no captcha configured").isFalse();
    }

    @Test
    void successfulSignInsDoNotUseUpTheAddressBudget() {
        AccountView customer = AccountFixtures.customer(accounts);
        for (int i = 0; i < SignInThrottle.ATTEMPTS_PER_IP + 5; i++) {
            assertThat(browser().signIn(customer.email(), AccountFixtures.PASSWORD).location()).as("sign-in " + i)
                    .doesNotContain("throttled").doesNotContain("error");
        }
    }

    @Test
    void theCurrentPasswordCheckOnTheAccountPageIsThrottled() {
        AccountView customer = AccountFixtures.customer(accounts);
        WebSession web = browser();
        web.signIn(customer.email(), AccountFixtures.PASSWORD);
        Map<String, String> guess = Map.of("currentPassword", "guess", "newPassword", "a fresh password",
                "confirmPassword", "a fresh password");
        for (int i = 0; i < SignInThrottle.ATTEMPTS_PER_ACCOUNT_AND_IP; i++) {
            web.get("/account");
            assertThat(web.post("/account/password", guess).body()).contains("current password is not correct");
        }
        web.get("/account");
        assertThat(web.post("/account/email", Map.of("newEmail", AccountFixtures.uniqueEmail("moved"),
                "currentPassword", AccountFixtures.PASSWORD)).body()).contains("Too many wrong passwords");
        web.get("/account");
        WebSession.Page right = web.post("/account/password", Map.of("currentPassword", AccountFixtures.PASSWORD,
                "newPassword", "a fresh password", "confirmPassword", "a fresh password"));
        assertThat(right.body()).contains("Too many wrong passwords");
        assertThat(browser().signIn(customer.email(), AccountFixtures.PASSWORD).location()).as("password unchanged")
                .doesNotContain("error");
    }
}
