package io.pteroca.panel.federation;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.TestOpenIdProvider;
import io.pteroca.panel.support.WebSession;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Sign-in with an OpenID Connect provider, against a real one running in the test (discovery, signed ID tokens, JWKS,
 * user info), driven through the panel's own endpoints as a browser would follow the redirects.
 */
class ProviderSignInTest extends IntegrationTest {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    Accounts accounts;

    @BeforeEach
    void enableTheProvider() {
        TestOpenIdProvider.configure(settings, true);
    }

    @AfterEach
    void disableTheProvider() {
        TestOpenIdProvider.configure(settings, false);
    }

    @Test
    void aNewPersonRegistersThroughTheProviderAndSignsInWithItAgain() {
        String email = unique("newcomer");
        String subject = UUID.randomUUID().toString();
        WebSession web = browser();
        assertThat(web.get("/login").body()).contains("id=\"sign-in-with-oidc\"").contains("Continue with Example SSO");

        WebSession.Page answer = signInAtProvider(web, subject, verified(email, "Nora", "Newcomer"));
        assertThat(answer.location()).endsWith("/login/provider/register");
        WebSession.Page form = web.get("/login/provider/register");
        assertThat(form.body()).contains(email).contains("value=\"Nora\"").contains("value=\"Newcomer\"");
        assertThat(web.get("/account").location()).as("not signed in before registering").endsWith("/login");

        WebSession.Page registered = web.post("/login/provider/register", Map.of("firstName", "Nora", "lastName", "Newcomer"));
        assertThat(registered.status()).isEqualTo(302);
        assertThat(web.get("/account").status()).isEqualTo(200);
        AccountView account = accounts.findByEmail(email).orElseThrow();
        assertThat(account.role()).isEqualTo(Role.USER);
        assertThat(jdbc.queryForObject("SELECT password_set FROM users WHERE id = ?", Boolean.class, account.id())).isFalse();
        assertThat(linkedSubjects(account.id())).containsExactly(subject);
        assertThat(web.get("/account/sign-in-methods").body()).contains("Example SSO").contains(email);

        WebSession again = browser();
        again.get("/login");
        WebSession.Page second = signInAtProvider(again, subject, verified(email, "Nora", "Newcomer"));
        assertThat(second.location()).doesNotContain("/login");
        assertThat(again.get("/account").status()).isEqualTo(200);
        assertThat(accounts.findByEmail(email)).isPresent();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM users WHERE email = ?", Integer.class, email)).isEqualTo(1);
    }

    @Test
    void registeringThroughTheProviderKeepsTheFormsRules() {
        settings.set(settings.definition("security.terms_of_service").orElseThrow(), "<p>Be nice.</p>");
        try {
            String email = unique("terms");
            WebSession web = browser();
            signInAtProvider(web, UUID.randomUUID().toString(), verified(email, "Tess", "Terms"));
            web.get("/login/provider/register");
            WebSession.Page refused = web.post("/login/provider/register", Map.of("firstName", "Tess", "lastName", "Terms"));
            assertThat(refused.status()).isEqualTo(400);
            assertThat(accounts.findByEmail(email)).isEmpty();
            WebSession.Page accepted = web.post("/login/provider/register",
                    Map.of("firstName", "Tess", "lastName", "Terms", "acceptTerms", "true"));
            assertThat(accepted.status()).isEqualTo(302);
            assertThat(accounts.findByEmail(email)).isPresent();
        } finally {
            settings.set(settings.definition("security.terms_of_service").orElseThrow(), "");
        }
    }

    @Test
    void aVerifiedAddressOfAnExistingAccountLinksOnlyWithThatAccountsPassword() {
        AccountView existing = customer("existing");
        String subject = UUID.randomUUID().toString();
        WebSession web = browser();
        WebSession.Page answer = signInAtProvider(web, subject, verified(existing.email(), "Casey", "Customer"));
        assertThat(answer.location()).endsWith("/login/provider/confirm");
        assertThat(web.get("/account").location()).as("never signed in without the password").endsWith("/login");
        assertThat(linkedSubjects(existing.id())).isEmpty();

        web.get("/login/provider/confirm");
        WebSession.Page wrong = web.post("/login/provider/confirm", Map.of("password", "not the password"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("That password is not right");
        assertThat(linkedSubjects(existing.id())).isEmpty();

        WebSession.Page right = web.post("/login/provider/confirm", Map.of("password", PASSWORD));
        assertThat(right.status()).isEqualTo(302);
        assertThat(right.location()).doesNotContain("/login");
        assertThat(linkedSubjects(existing.id())).containsExactly(subject);
        assertThat(web.get("/account").status()).isEqualTo(200);
        assertThat(jdbc.queryForList("SELECT action FROM audit_log WHERE actor_id = ?", String.class, existing.id()))
                .contains("sign_in_provider_linked");
    }

    @Test
    void anUnverifiedAddressIsRefusedWithAClearMessage() {
        AccountView existing = customer("unverified");
        WebSession web = browser();
        Map<String, Object> claims = Map.of("email", existing.email(), "email_verified", false, "given_name", "Mal");
        WebSession.Page answer = signInAtProvider(web, UUID.randomUUID().toString(), claims);
        assertThat(answer.location()).endsWith("/login?providerUnverified");
        assertThat(web.get("/login?providerUnverified").body()).contains("has not confirmed your e-mail address");
        assertThat(web.get("/account").location()).endsWith("/login");
        assertThat(linkedSubjects(existing.id())).isEmpty();

        String stranger = unique("stranger");
        WebSession other = browser();
        assertThat(signInAtProvider(other, UUID.randomUUID().toString(), Map.of("email", stranger, "email_verified", false))
                .location()).endsWith("/login?providerUnverified");
        assertThat(accounts.findByEmail(stranger)).isEmpty();
    }

    @Test
    void aTamperedStateIsRefused() {
        WebSession web = browser();
        web.get("/login");
        String authorize = web.get("/oauth2/authorization/oidc").location();
        // No identity is queued: the provider is never asked for a token when the state does not match.
        String callback = web.get(authorize).location();
        String forged = callback.replaceAll("state=[^&]+", "state=forged-state");
        WebSession.Page answer = web.get(forged);
        assertThat(answer.location()).endsWith("/login?providerFailed");
        assertThat(web.get("/account").location()).endsWith("/login");
        assertThat(jdbc.queryForList("SELECT details FROM audit_log WHERE action = 'login_failed'", String.class))
                .contains("sign-in provider: authorization_request_not_found");
    }

    @Test
    void aTamperedNonceIsRefused() {
        String email = unique("nonce");
        WebSession web = browser();
        web.get("/login");
        TestOpenIdProvider.nextSignIn(UUID.randomUUID().toString(), verified(email, "Nina", "Nonce"));
        String authorize = web.get("/oauth2/authorization/oidc").location();
        assertThat(authorize).contains("nonce=").contains("code_challenge=").contains("code_challenge_method=S256");
        String forged = authorize.replaceAll("nonce=[^&]+", "nonce=forged-nonce");
        String callback = web.get(forged).location();
        WebSession.Page answer = web.get(callback);
        assertThat(answer.location()).endsWith("/login?providerFailed");
        assertThat(web.get("/account").location()).endsWith("/login");
        assertThat(accounts.findByEmail(email)).isEmpty();
    }

    @Test
    void aSignedInAccountLinksAndUnlinksButNeverLosesItsLastWayIn() {
        AccountView owner = customer("linker");
        WebSession web = signedIn(owner);
        WebSession.Page page = web.get("/account/sign-in-methods");
        assertThat(page.body()).contains("id=\"no-linked-providers\"").contains("id=\"link-oidc\"");
        WebSession.Page confirm = web.get("/account/sign-in-methods/oidc/link");
        assertThat(confirm.header("Content-Security-Policy")).contains("form-action 'self' " + TestOpenIdProvider.origin());
        String subject = UUID.randomUUID().toString();
        TestOpenIdProvider.nextSignIn(subject, Map.of("email", unique("elsewhere"), "email_verified", false));
        String toAuthorization = web.post("/account/sign-in-methods/oidc/link", Map.of()).location();
        assertThat(toAuthorization).endsWith("/oauth2/authorization/oidc");
        String callback = web.get(web.get(toAuthorization).location()).location();
        WebSession.Page linked = web.get(callback);
        assertThat(linked.location()).endsWith("/account/sign-in-methods");
        assertThat(web.get("/account/sign-in-methods").body()).contains("The provider is linked").contains("Example SSO");
        assertThat(linkedSubjects(owner.id())).containsExactly(subject);
        long identity = identityId(owner.id());

        // Another account cannot see or unlink it.
        WebSession intruder = signedIn(customer("intruder"));
        intruder.get("/account/sign-in-methods");
        assertThat(intruder.post("/account/sign-in-methods/" + identity + "/unlink", Map.of()).status()).isEqualTo(404);
        assertThat(linkedSubjects(owner.id())).containsExactly(subject);

        // With a password the account keeps a way in: unlinking is allowed and audited.
        web.get("/account/sign-in-methods");
        assertThat(web.post("/account/sign-in-methods/" + identity + "/unlink", Map.of()).location())
                .endsWith("/account/sign-in-methods");
        assertThat(linkedSubjects(owner.id())).isEmpty();
        assertThat(jdbc.queryForList("SELECT action FROM audit_log WHERE actor_id = ?", String.class, owner.id()))
                .contains("sign_in_provider_linked", "sign_in_provider_unlinked");
    }

    @Test
    void theOnlyWayIntoAnAccountCannotBeUnlinked() {
        String email = unique("only-way");
        WebSession web = browser();
        signInAtProvider(web, UUID.randomUUID().toString(), verified(email, "Olive", "Only"));
        web.get("/login/provider/register");
        web.post("/login/provider/register", Map.of("firstName", "Olive", "lastName", "Only"));
        AccountView account = accounts.findByEmail(email).orElseThrow();
        long identity = identityId(account.id());
        assertThat(web.get("/account/sign-in-methods").body()).contains("id=\"no-password-note\"");
        WebSession.Page refused = web.post("/account/sign-in-methods/" + identity + "/unlink", Map.of());
        assertThat(refused.location()).endsWith("/account/sign-in-methods");
        assertThat(web.get("/account/sign-in-methods").body()).contains("This is your only way to sign in");
        assertThat(linkedSubjects(account.id())).hasSize(1);
    }

    @Test
    void aBlockedAccountIsRefusedAndAnUnknownProviderAnswersNoError() {
        AccountView blocked = customer("blocked");
        String subject = UUID.randomUUID().toString();
        jdbc.update("INSERT INTO linked_identity (provider, subject, user_id, email, created_at) VALUES ('OIDC', ?, ?, ?, ?)",
                subject, blocked.id(), blocked.email(), java.sql.Timestamp.from(clock.instant()));
        jdbc.update("UPDATE users SET blocked = TRUE WHERE id = ?", blocked.id());
        WebSession web = browser();
        assertThat(signInAtProvider(web, subject, verified(blocked.email(), "B", "B")).location()).endsWith("/login?blocked");
        assertThat(web.get("/account").location()).endsWith("/login");

        WebSession.Page off = browser().get("/oauth2/authorization/discord");
        assertThat(off.status()).isEqualTo(302);
        assertThat(off.location()).endsWith("/login");
        assertThat(browser().get("/login").body()).doesNotContain("sign-in-with-discord");
    }

    @Test
    void newEndpointsNeedCsrfAndRefuseStrayRequests() {
        WebSession web = signedIn(customer("csrf"));
        for (String path : List.of("/account/sign-in-methods/oidc/link", "/account/sign-in-methods/1/unlink",
                "/login/provider/confirm", "/login/provider/register", "/login/provider/cancel")) {
            assertThat(web.postRaw(path, Map.of()).status()).as(path).isEqualTo(403);
        }
        web.get("/account/sign-in-methods");
        assertThat(web.post("/account/sign-in-methods/abc/unlink", Map.of()).status()).isBetween(400, 499);
        assertThat(web.get("/account/sign-in-methods/nowhere/link").status()).isEqualTo(404);
        assertThat(web.post("/account/sign-in-methods/discord/link", Map.of()).status()).as("switched off").isEqualTo(404);

        WebSession visitor = browser();
        assertThat(visitor.get("/login/provider/confirm").location()).endsWith("/login?providerExpired");
        assertThat(visitor.get("/login/provider/register").location()).endsWith("/login?providerExpired");
        visitor.get("/login");
        assertThat(visitor.post("/login/provider/confirm", Map.of("password", "x")).location()).endsWith("/login?providerExpired");
    }

    /** Follows the panel to the provider and back, as a browser would; returns the panel's answer to the provider's redirect. */
    private static WebSession.Page signInAtProvider(WebSession web, String subject, Map<String, Object> claims) {
        TestOpenIdProvider.nextSignIn(subject, claims);
        String authorize = web.get("/oauth2/authorization/oidc").location();
        assertThat(authorize).startsWith(TestOpenIdProvider.issuer());
        String callback = web.get(authorize).location();
        assertThat(callback).contains("/login/oauth2/code/oidc");
        return web.get(callback);
    }

    private static Map<String, Object> verified(String email, String first, String last) {
        return Map.of("email", email, "email_verified", true, "given_name", first, "family_name", last);
    }

    private List<String> linkedSubjects(long accountId) {
        return jdbc.queryForList("SELECT subject FROM linked_identity WHERE user_id = ?", String.class, accountId);
    }

    private long identityId(long accountId) {
        return jdbc.queryForObject("SELECT id FROM linked_identity WHERE user_id = ?", Long.class, accountId);
    }

    /** The address an admin is told to register is the one the panel then sends, for every provider. */
    @Test
    void securitySettingsShowTheRedirectUrlThePanelSends() {
        AccountView admin = accounts.createVerified(unique("redirects"), "Ada", "Admin", PASSWORD, Role.ADMIN, "test");
        String page = signedIn(admin).get("/admin/settings/security?lang=en").body();
        String sent = java.net.URLDecoder.decode(browser().get("/oauth2/authorization/oidc").location()
                .replaceFirst(".*[?&]redirect_uri=([^&]+).*", "$1"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(sent).isEqualTo("http://localhost:" + port + "/login/oauth2/code/oidc");
        assertThat(page).contains("Redirect URLs for sign-in providers").contains(">" + sent + "</code>")
                .contains(">http://localhost:" + port + "/login/oauth2/code/discord</code>")
                .contains(">http://localhost:" + port + "/login/oauth2/code/github</code>");
    }

    private AccountView customer(String prefix) {
        return accounts.createVerified(unique(prefix), "Casey", "Customer", PASSWORD, Role.USER, "test");
    }

    private WebSession signedIn(AccountView account) {
        WebSession web = browser();
        web.signIn(account.email(), PASSWORD);
        return web;
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    }
}
