package io.pteroca.panel.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.WebSession;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TwoFactorTest extends IntegrationTest {

    private static final Pattern SECRET = Pattern.compile("id=\"two-factor-secret\">([A-Z2-7 ]+)<");
    private static final Pattern RECOVERY_CODE = Pattern.compile("<li>([a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4})</li>");

    @Autowired
    Accounts accounts;

    /** What set-up gave the test: the key typed into the app, and the recovery codes shown once. */
    record Enrolled(String secret, List<String> recoveryCodes) {
    }

    @AfterEach
    void notRequiredForStaff() {
        settings.set(settings.definition("security.two_factor_required_for_staff").orElseThrow(), "false");
    }

    private WebSession signedIn(AccountView account) {
        WebSession web = browser();
        assertThat(web.signIn(account.email(), AccountFixtures.PASSWORD).location()).doesNotContain("error");
        return web;
    }

    private String code(String secret) {
        return AccountTestAccess.authenticatorCode(secret, clock.instant());
    }

    /** A six-digit code that is none of the codes around now, so it is wrong whatever step the panel is at. */
    private String wrongCode(String secret, int seed) {
        java.util.Set<String> near = new java.util.HashSet<>();
        for (int steps = -3; steps <= 3; steps++) {
            near.add(AccountTestAccess.authenticatorCode(secret, clock.instant().plus(Totp.STEP.multipliedBy(steps))));
        }
        String candidate = String.format("%06d", seed);
        return near.contains(candidate) ? String.format("%06d", seed + 500_000) : candidate;
    }

    /** Sets two-factor up through the pages, then lets a step pass so the next code is a new one. */
    private Enrolled enable(WebSession web) {
        web.get("/account/two-factor");
        assertThat(web.post("/account/two-factor/setup", Map.of()).location()).endsWith("/account/two-factor");
        Matcher secret = SECRET.matcher(web.get("/account/two-factor").body());
        assertThat(secret.find()).isTrue();
        assertThat(web.get("/account/two-factor/qr.svg").body()).startsWith("<svg");
        WebSession.Page shown = web.post("/account/two-factor/confirm", Map.of("code", code(secret.group(1))));
        assertThat(shown.status()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        Matcher recovery = RECOVERY_CODE.matcher(shown.body());
        while (recovery.find()) {
            codes.add(recovery.group(1));
        }
        assertThat(codes).hasSize(TwoFactor.RECOVERY_CODES).doesNotHaveDuplicates();
        clock.advance(Totp.STEP);
        return new Enrolled(secret.group(1), codes);
    }

    private WebSession atSecondStep(AccountView account) {
        WebSession web = browser();
        assertThat(web.signIn(account.email(), AccountFixtures.PASSWORD).location()).endsWith("/login/second-factor");
        assertThat(web.get("/login/second-factor").status()).isEqualTo(200);
        return web;
    }

    private WebSession.Page secondStep(WebSession web, String code) {
        web.get("/login/second-factor");
        return web.post("/login/second-factor", Map.of("code", code));
    }

    @Test
    void wrongReusedAndExpiredCodesAreRefusedAndTheRightOneSignsIn() {
        AccountView customer = AccountFixtures.customer(accounts);
        Enrolled enrolled = enable(signedIn(customer));
        assertThat(jdbc.queryForObject("select secret from two_factor where user_id = ?", String.class, customer.id()))
                .as("stored encrypted").doesNotContain(enrolled.secret().replace(" ", ""));

        WebSession web = atSecondStep(customer);
        assertThat(web.get("/account").location()).as("not signed in yet").endsWith("/login");
        assertThat(secondStep(web, wrongCode(enrolled.secret(), 0)).location()).endsWith("/login/second-factor?error");

        String expiring = code(enrolled.secret());
        clock.advance(Totp.STEP.multipliedBy(3));
        assertThat(secondStep(web, expiring).location()).as("expired").endsWith("/login/second-factor?error");

        String current = code(enrolled.secret());
        assertThat(secondStep(web, current).location()).doesNotContain("second-factor").doesNotContain("login");
        assertThat(web.get("/account").status()).isEqualTo(200);

        WebSession again = atSecondStep(customer);
        assertThat(secondStep(again, current).location()).as("reused").endsWith("/login/second-factor?error");
        assertThat(again.get("/account").location()).endsWith("/login");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'login_failed' and actor_id = ?",
                Integer.class, customer.id())).isEqualTo(3);
    }

    @Test
    void aRecoveryCodeWorksOnceAndNewCodesReplaceTheOld() {
        AccountView customer = AccountFixtures.customer(accounts);
        WebSession owner = signedIn(customer);
        Enrolled enrolled = enable(owner);
        String recovery = enrolled.recoveryCodes().get(3);

        WebSession web = atSecondStep(customer);
        assertThat(secondStep(web, recovery.toUpperCase()).location()).doesNotContain("login");
        assertThat(web.get("/account").status()).isEqualTo(200);
        assertThat(web.get("/account/two-factor").body()).contains("Unused recovery codes: 9.");
        assertThat(secondStep(atSecondStep(customer), recovery).location()).endsWith("?error");

        web.get("/account/two-factor");
        assertThat(web.post("/account/two-factor/recovery-codes", Map.of("currentPassword", "wrong")).status()).isEqualTo(400);
        WebSession.Page renewed = web.post("/account/two-factor/recovery-codes", Map.of("currentPassword", AccountFixtures.PASSWORD));
        assertThat(renewed.status()).isEqualTo(200);
        assertThat(secondStep(atSecondStep(customer), enrolled.recoveryCodes().get(0)).location()).as("old code").endsWith("?error");
        Matcher fresh = RECOVERY_CODE.matcher(renewed.body());
        assertThat(fresh.find()).isTrue();
        assertThat(secondStep(atSecondStep(customer), fresh.group(1)).location()).doesNotContain("login");
        assertThat(jdbc.queryForObject("select count(*) from two_factor_recovery_code where user_id = ? and code_hash like ?",
                Integer.class, customer.id(), "%" + fresh.group(1) + "%")).as("stored hashed").isZero();
    }

    @Test
    void oneCodeSentFromTwoBrowsersAtOnceSignsInOnlyOne() throws InterruptedException {
        AccountView customer = AccountFixtures.customer(accounts);
        Enrolled enrolled = enable(signedIn(customer));
        List<WebSession> browsers = List.of(atSecondStep(customer), atSecondStep(customer), atSecondStep(customer));
        browsers.forEach(web -> web.get("/login/second-factor"));
        String code = code(enrolled.secret());
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        List<Object> answers = io.pteroca.panel.support.Race.of(browsers.size(),
                () -> browsers.get(next.getAndIncrement()).post("/login/second-factor", Map.of("code", code)).location());
        assertThat(answers).filteredOn(answer -> answer instanceof String location && !location.contains("login")).hasSize(1);
        assertThat(answers).filteredOn(answer -> answer instanceof String location && location.endsWith("?error"))
                .hasSize(browsers.size() - 1);
    }

    @Test
    void theSecondStepIsThrottledLikePasswords() {
        AccountView customer = AccountFixtures.customer(accounts);
        Enrolled enrolled = enable(signedIn(customer));
        WebSession web = atSecondStep(customer);
        for (int i = 0; i < SignInThrottle.ATTEMPTS_PER_ACCOUNT_AND_IP; i++) {
            assertThat(secondStep(web, wrongCode(enrolled.secret(), 999_990 - i * 7)).location()).endsWith("/login/second-factor?error");
        }
        assertThat(secondStep(web, code(enrolled.secret())).location()).endsWith("/login/second-factor?throttled");
        assertThat(web.get("/login/second-factor?throttled").body()).contains("Too many wrong codes");
        assertThat(web.get("/account").location()).endsWith("/login");
    }

    @Test
    void rememberMeComesOnlyAfterTheSecondStepAndOldCookiesEndWithSetUp() {
        AccountView customer = AccountFixtures.customer(accounts);
        WebSession before = browser();
        before.get("/login");
        before.post("/login", Map.of("username", customer.email(), "password", AccountFixtures.PASSWORD, "remember-me", "true"));
        assertThat(rememberMeTokens(customer)).isEqualTo(1);
        Enrolled enrolled = enable(before);
        assertThat(rememberMeTokens(customer)).as("a password-only remember-me ends with set-up").isZero();

        WebSession web = browser();
        web.get("/login");
        WebSession.Page password = web.post("/login",
                Map.of("username", customer.email(), "password", AccountFixtures.PASSWORD, "remember-me", "true"));
        assertThat(password.location()).endsWith("/login/second-factor");
        assertThat(password.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("remember-me=") && !c.contains("Max-Age=0"));
        assertThat(rememberMeTokens(customer)).isZero();

        WebSession.Page second = secondStep(web, code(enrolled.secret()));
        assertThat(second.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("remember-me="));
        assertThat(rememberMeTokens(customer)).isEqualTo(1);
    }

    private int rememberMeTokens(AccountView account) {
        return jdbc.queryForObject("select count(*) from persistent_logins where username = ?", Integer.class, account.email());
    }

    @Test
    void aTrustedBrowserSkipsTheCodeUntilItIsRevoked() {
        AccountView customer = AccountFixtures.customer(accounts);
        Enrolled enrolled = enable(signedIn(customer));
        WebSession web = atSecondStep(customer);
        web.get("/login/second-factor");
        web.post("/login/second-factor", Map.of("code", code(enrolled.secret()), "trustDevice", "true"));
        assertThat(jdbc.queryForObject("select count(*) from trusted_device where user_id = ?", Integer.class, customer.id()))
                .isEqualTo(1);
        web.get("/account");
        web.post("/logout", Map.of());
        assertThat(web.signIn(customer.email(), AccountFixtures.PASSWORD).location()).doesNotContain("login");

        Long deviceId = jdbc.queryForObject("select id from trusted_device where user_id = ?", Long.class, customer.id());
        AccountView stranger = AccountFixtures.customer(accounts);
        WebSession strangerWeb = signedIn(stranger);
        strangerWeb.get("/account/sessions");
        assertThat(strangerWeb.post("/account/sessions/devices/" + deviceId + "/revoke", Map.of()).status()).isEqualTo(404);

        assertThat(web.get("/account/sessions").body()).contains("id=\"trusted-devices\"");
        assertThat(web.post("/account/sessions/devices/" + deviceId + "/revoke", Map.of()).location()).endsWith("/account/sessions");
        web.get("/account");
        web.post("/logout", Map.of());
        assertThat(web.signIn(customer.email(), AccountFixtures.PASSWORD).location()).endsWith("/login/second-factor");

        clock.advance(Totp.STEP);
        web.get("/login/second-factor");
        web.post("/login/second-factor", Map.of("code", code(enrolled.secret()), "trustDevice", "true"));
        clock.advance(TrustedDevices.VALIDITY.plusMinutes(1));
        web.get("/account");
        web.post("/logout", Map.of());
        assertThat(web.signIn(customer.email(), AccountFixtures.PASSWORD).location()).as("trust ran out")
                .endsWith("/login/second-factor");
    }

    @Test
    void turningOffNeedsThePasswordAndACode() {
        AccountView customer = AccountFixtures.customer(accounts);
        WebSession web = signedIn(customer);
        Enrolled enrolled = enable(web);
        web.get("/account/two-factor");
        assertThat(web.post("/account/two-factor/disable", Map.of("currentPassword", AccountFixtures.PASSWORD,
                "code", wrongCode(enrolled.secret(), 12345)))
                .status()).isEqualTo(400);
        assertThat(web.post("/account/two-factor/disable", Map.of("currentPassword", "wrong", "code", code(enrolled.secret())))
                .status()).isEqualTo(400);
        assertThat(web.post("/account/two-factor/disable",
                Map.of("currentPassword", AccountFixtures.PASSWORD, "code", code(enrolled.secret()))).location())
                .endsWith("/account/two-factor");
        assertThat(jdbc.queryForObject("select count(*) from two_factor where user_id = ?", Integer.class, customer.id())).isZero();
        assertThat(browser().signIn(customer.email(), AccountFixtures.PASSWORD).location()).doesNotContain("login");
        assertThat(jdbc.queryForList("select action from audit_log where actor_id = ? and action like 'two_factor%' order by id",
                String.class, customer.id())).containsExactly("two_factor_enabled", "two_factor_disabled");
    }

    @Test
    void staffMustSetUpTwoFactorFromTheirNextRequestWhenTheSettingSaysSo() {
        AccountView admin = AccountFixtures.admin(accounts);
        AccountView customer = AccountFixtures.customer(accounts);
        WebSession adminWeb = signedIn(admin);
        WebSession customerWeb = signedIn(customer);
        assertThat(adminWeb.get("/admin/users").status()).isEqualTo(200);

        settings.set(settings.definition("security.two_factor_required_for_staff").orElseThrow(), "true");
        assertThat(adminWeb.get("/admin/users").location()).endsWith("/account/two-factor?required");
        assertThat(adminWeb.get("/account").location()).endsWith("/account/two-factor?required");
        assertThat(adminWeb.get("/account/two-factor?required").body()).contains("Staff accounts must use two-factor sign-in");
        assertThat(customerWeb.get("/account").status()).as("customers are not staff").isEqualTo(200);

        enable(adminWeb);
        assertThat(adminWeb.get("/admin/users").status()).isEqualTo(200);
    }

    @Test
    void anAdminResetIsAuditedAndEndsTheirSessions() {
        AccountView admin = AccountFixtures.admin(accounts);
        AccountView customer = AccountFixtures.customer(accounts);
        WebSession customerWeb = signedIn(customer);
        Enrolled enrolled = enable(customerWeb);
        assertThat(customerWeb.get("/account").status()).isEqualTo(200);
        // A passkey on a lost security key goes with the reset too.
        jdbc.update("INSERT INTO passkey (user_id, credential_hash, credential_id, name, public_key, signature_count, uv_initialized,"
                + " backup_eligible, backup_state, attestation_object, created_at) VALUES (?, ?, 'aWQ', 'Lost key', 'a2V5', 0, TRUE,"
                + " FALSE, FALSE, 'YXR0', CURRENT_TIMESTAMP)", customer.id(), "reset-" + customer.id());

        WebSession adminWeb = signedIn(admin);
        assertThat(adminWeb.get("/admin/users/" + customer.id()).body()).contains("id=\"two-factor-reset\"");
        assertThat(adminWeb.post("/admin/users/" + customer.id() + "/second-factor/reset", Map.of()).location())
                .endsWith("/admin/users/" + customer.id());

        assertThat(customerWeb.get("/account").location()).endsWith("/login?ended");
        assertThat(jdbc.queryForObject("select count(*) from passkey where user_id = ?", Integer.class, customer.id())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'admin_reset_two_factor' and actor_id = ?"
                + " and subject_id = ?", Integer.class, admin.id(), customer.id())).isEqualTo(1);
        assertThat(adminWeb.get("/admin/audit?email=" + customer.email()).body()).contains("Two-factor sign-in reset");
        assertThat(browser().signIn(customer.email(), AccountFixtures.PASSWORD).location()).doesNotContain("login");
        assertThat(enrolled.secret()).isNotBlank();

        WebSession customerAsAdmin = signedIn(customer);
        customerAsAdmin.get("/account");
        assertThat(customerAsAdmin.post("/admin/users/" + admin.id() + "/second-factor/reset", Map.of()).status()).isEqualTo(403);
    }

    @Test
    void supportCannotTurnOffTheSecondFactorOfSomeoneAboveThem() {
        AccountView administrator = AccountFixtures.admin(accounts);
        enable(signedIn(administrator));
        AccountView support = io.pteroca.panel.support.StaffAccounts.withBuiltInRole(accounts, jdbc, "SUPPORT");
        WebSession supportWeb = browser();
        supportWeb.signIn(support.email(), io.pteroca.panel.support.StaffAccounts.PASSWORD);
        supportWeb.get("/admin/users/" + administrator.id());
        supportWeb.post("/admin/users/" + administrator.id() + "/second-factor/reset", Map.of());
        assertThat(jdbc.queryForObject("select count(*) from two_factor where user_id = ? and enabled = ?", Integer.class,
                administrator.id(), true)).as("the administrator's second factor stays on").isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'admin_reset_two_factor' and subject_id = ?",
                Integer.class, administrator.id())).isZero();
    }

    @Test
    void theSessionsPageListsEverySessionAndSignsOneOut() {
        AccountView customer = AccountFixtures.customer(accounts);
        WebSession first = signedIn(customer);
        WebSession second = signedIn(customer);
        assertThat(second.get("/account").status()).isEqualTo(200);

        String page = first.get("/account/sessions").body();
        List<String> handles = new ArrayList<>();
        Matcher rows = Pattern.compile("data-session=\"([0-9a-f]{32})\"").matcher(page);
        while (rows.find()) {
            handles.add(rows.group(1));
        }
        assertThat(handles).hasSize(2);
        assertThat(page).contains("this browser").doesNotContain(sessionCookie(first)).doesNotContain(sessionCookie(second));
        String other = handles.get(1);

        AccountView stranger = AccountFixtures.customer(accounts);
        WebSession strangerWeb = signedIn(stranger);
        strangerWeb.get("/account/sessions");
        assertThat(strangerWeb.post("/account/sessions/" + other + "/end", Map.of()).status()).as("not theirs").isEqualTo(404);
        assertThat(second.get("/account").status()).isEqualTo(200);

        first.get("/account/sessions");
        assertThat(first.post("/account/sessions/" + handles.get(0) + "/end", Map.of()).status()).as("not this one").isEqualTo(404);
        assertThat(first.post("/account/sessions/" + other + "/end", Map.of()).location()).endsWith("/account/sessions");
        assertThat(second.get("/account").location()).endsWith("/login");
        assertThat(first.get("/account").status()).isEqualTo(200);

        WebSession third = signedIn(customer);
        first.get("/account/sessions");
        assertThat(first.post("/account/sessions/end-others", Map.of()).location()).endsWith("/account/sessions");
        assertThat(third.get("/account").location()).endsWith("/login");
        assertThat(first.get("/account/sessions").body()).contains("this browser");
    }

    private static String sessionCookie(WebSession web) {
        return web.cookieHeader().replaceAll(".*SESSION=([^;]+).*", "$1");
    }

    @Test
    void newEndpointsNeedCsrfAndTurnJunkInto4xx() {
        AccountView customer = AccountFixtures.customer(accounts);
        WebSession web = signedIn(customer);
        for (String path : List.of("/account/two-factor/setup", "/account/two-factor/confirm", "/account/two-factor/recovery-codes",
                "/account/two-factor/disable", "/account/sessions/end-others", "/account/sessions/abc/end",
                "/account/sessions/devices/1/revoke", "/login/second-factor", "/login/second-factor/cancel",
                "/account/two-factor/passkeys/1/name", "/account/two-factor/passkeys/1/delete", "/webauthn/register/options",
                "/webauthn/register", "/webauthn/authenticate/options", "/login/webauthn")) {
            assertThat(web.postRaw(path, Map.of()).status()).as(path).isEqualTo(403);
        }
        web.get("/account/two-factor");
        assertThat(web.post("/account/two-factor/confirm", Map.of("code", "123456")).status()).as("nothing set up").isEqualTo(400);
        assertThat(web.get("/account/two-factor/qr.svg").status()).isEqualTo(404);
        web.get("/account/two-factor");
        web.post("/account/two-factor/setup", Map.of());
        for (String junk : List.of("", "x".repeat(20_000), "\u0000\u0001", "12345678", "<script>")) {
            web.get("/account/two-factor");
            WebSession.Page answer = web.post("/account/two-factor/confirm", Map.of("code", junk));
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.body()).contains("That code is not right").doesNotContain("Exception");
        }
        web.get("/account/sessions");
        assertThat(web.post("/account/sessions/devices/abc/revoke", Map.of()).status()).isBetween(400, 499);
        assertThat(web.post("/account/sessions/" + "x".repeat(5000) + "/end", Map.of()).status()).isBetween(400, 499);

        WebSession anonymous = browser();
        assertThat(anonymous.get("/login/second-factor").location()).endsWith("/login");
        anonymous.get("/login");
        assertThat(anonymous.post("/login/second-factor", Map.of("code", "123456")).location()).endsWith("/login?ended");
        assertThat(anonymous.get("/account/sessions").location()).endsWith("/login");
    }
}
