package io.pteroca.panel.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.WebSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthentication;

/**
 * Passkeys on the security page and Spring Security's WebAuthn endpoints, without a browser: every endpoint needs its
 * CSRF token, one account cannot touch another's passkeys, junk is a 4xx, an admin signed in as a customer cannot
 * change the customer's passkeys. The ceremonies themselves run in Chromium (PasskeyJourneyTest).
 */
class PasskeysTest extends IntegrationTest {

    @Autowired
    Accounts accounts;
    @Autowired
    AccountAdministration administration;
    @Autowired
    AccountUserDetailsService users;
    @Autowired
    TrustedDeviceCleanup trustedDeviceCleanup;

    @AfterEach
    void staffTwoFactorOff() {
        settings.set(settings.definition("security.two_factor_required_for_staff").orElseThrow(), "false");
    }

    private WebSession signedIn(AccountView account) {
        WebSession web = browser();
        web.signIn(account.email(), AccountFixtures.PASSWORD);
        return web;
    }

    /** A passkey row as registration would store it (the stored key material is never read by these tests). */
    private long passkeyOf(AccountView account, String name) {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM passkey_user WHERE user_id = ?", Integer.class, account.id()) == 0) {
            jdbc.update("INSERT INTO passkey_user (user_id, handle) VALUES (?, ?)", account.id(),
                    Bytes.random().toBase64UrlString());
        }
        String credential = UUID.randomUUID().toString();
        jdbc.update("INSERT INTO passkey (user_id, credential_hash, credential_id, name, public_key, signature_count, uv_initialized,"
                + " backup_eligible, backup_state, attestation_object, created_at) VALUES (?, ?, ?, ?, 'AA', 0, ?, ?, ?, 'AA', ?)",
                account.id(), credential.replace("-", ""), credential, name, true, false, false, LocalDateTime.of(2026, 1, 2, 3, 4));
        return jdbc.queryForObject("SELECT id FROM passkey WHERE credential_id = ?", Long.class, credential);
    }

    private String nameOf(long passkeyId) {
        return jdbc.queryForList("SELECT name FROM passkey WHERE id = ?", String.class, passkeyId).stream().findFirst().orElse(null);
    }

    @Test
    void theOwnerListsRenamesAndRemovesTheirPasskeysAndNobodyElseCan() {
        AccountView owner = AccountFixtures.customer(accounts);
        AccountView other = AccountFixtures.customer(accounts);
        long phone = passkeyOf(owner, "Phone");
        long key = passkeyOf(owner, "Security <key>");
        WebSession web = signedIn(owner);
        String page = web.get("/account/two-factor").body();
        assertThat(page).contains("id=\"passkey-list\"").contains("Phone").contains("Security &lt;key&gt;")
                .contains("Added 2026-01-02").contains("never used").contains("/js/passkeys.js");

        WebSession intruder = signedIn(other);
        intruder.get("/account/two-factor");
        assertThat(intruder.get("/account/two-factor").body()).doesNotContain("Phone").contains("id=\"no-passkeys\"");
        assertThat(intruder.post("/account/two-factor/passkeys/" + phone + "/name", Map.of("name", "Mine now")).status())
                .isEqualTo(404);
        assertThat(intruder.post("/account/two-factor/passkeys/" + phone + "/delete", Map.of()).status()).isEqualTo(404);
        assertThat(nameOf(phone)).isEqualTo("Phone");

        for (String junk : List.of("", "   ", "x".repeat(101), "two\nlines")) {
            web.get("/account/two-factor");
            WebSession.Page refused = web.post("/account/two-factor/passkeys/" + phone + "/name", Map.of("name", junk));
            assertThat(refused.status()).as(junk).isEqualTo(400);
            assertThat(refused.body()).contains("id=\"passkey-error\"").contains("Give the passkey a name");
        }
        web.get("/account/two-factor");
        assertThat(web.post("/account/two-factor/passkeys/" + phone + "/name", Map.of("name", "  Work phone ")).location())
                .endsWith("/account/two-factor");
        assertThat(nameOf(phone)).isEqualTo("Work phone");
        assertThat(web.get("/account/two-factor").body()).contains("The passkey was renamed.");

        assertThat(web.post("/account/two-factor/passkeys/" + key + "/delete", Map.of()).location()).endsWith("/account/two-factor");
        assertThat(nameOf(key)).isNull();
        assertThat(nameOf(phone)).isEqualTo("Work phone");
        assertThat(web.get("/account/two-factor").body()).contains("The passkey was removed.");
        assertThat(web.post("/account/two-factor/passkeys/" + key + "/delete", Map.of()).status()).as("already gone").isEqualTo(404);
        assertThat(web.post("/account/two-factor/passkeys/abc/delete", Map.of()).status()).isBetween(400, 499);
        assertThat(jdbc.queryForList("SELECT details FROM audit_log WHERE actor_id = ? AND action = 'passkey_removed'",
                String.class, owner.id())).containsExactly("Security <key>");
    }

    @Test
    void everyPasskeyEndpointNeedsItsCsrfTokenAndJunkIsRefusedWithA4xx() throws Exception {
        AccountView owner = AccountFixtures.customer(accounts);
        long phone = passkeyOf(owner, "Phone");
        WebSession web = signedIn(owner);
        for (String path : List.of("/account/two-factor/passkeys/" + phone + "/name", "/account/two-factor/passkeys/" + phone + "/delete",
                "/webauthn/register/options", "/webauthn/register", "/webauthn/authenticate/options", "/login/webauthn")) {
            assertThat(web.postRaw(path, Map.of("name", "x")).status()).as(path).isEqualTo(403);
        }
        assertThat(nameOf(phone)).isEqualTo("Phone");

        web.get("/account/two-factor");
        WebSession.Page options = web.postBody("/webauthn/register/options", "application/json", HttpRequest.BodyPublishers.noBody());
        assertThat(options.status()).isEqualTo(200);
        // The relying party is the site URL of the General settings (its default here: http://localhost:8080).
        assertThat(options.body()).contains("\"id\":\"localhost\"").contains(owner.email())
                .contains("\"residentKey\":\"required\"");
        for (String junk : List.of("", "{}", "{\"publicKey\":{\"label\":\"x\"}}", "{\"publicKey\":{\"credential\":{\"id\":\"AA\","
                + "\"rawId\":\"AA\",\"type\":\"public-key\",\"response\":{\"attestationObject\":\"AA\",\"clientDataJSON\":\"AA\"}},"
                + "\"label\":\"Phone\"}}", "x".repeat(5000))) {
            web.postBody("/webauthn/register/options", "application/json", HttpRequest.BodyPublishers.noBody());
            WebSession.Page refused = web.postBody("/webauthn/register", "application/json", HttpRequest.BodyPublishers.ofString(junk));
            assertThat(refused.status()).as(junk).isBetween(400, 499);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM passkey WHERE user_id = ?", Integer.class, owner.id())).isEqualTo(1);

        WebSession visitor = browser();
        visitor.get("/login");
        assertThat(visitor.postBody("/webauthn/register/options", "application/json", HttpRequest.BodyPublishers.noBody())
                .status()).isBetween(400, 401);
        WebSession.Page challenge = visitor.postBody("/webauthn/authenticate/options", "application/json",
                HttpRequest.BodyPublishers.noBody());
        assertThat(challenge.status()).isEqualTo(200);
        assertThat(challenge.body()).contains("\"challenge\"").contains("\"rpId\":\"localhost\"");
        WebSession.Page forged = visitor.postBody("/login/webauthn", "application/json", HttpRequest.BodyPublishers.ofString(
                "{\"id\":\"AA\",\"rawId\":\"AA\",\"type\":\"public-key\",\"response\":{\"authenticatorData\":\"AA\","
                        + "\"clientDataJSON\":\"AA\",\"signature\":\"AA\"}}"));
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.body()).contains("\"authenticated\":false");
        assertThat(visitor.get("/account").location()).as("still signed out").endsWith("/login");

        // Removal goes through the security page only, which audits it.
        HttpResponse<String> delete = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(web.baseUrl()
                + "/webauthn/register/AA")).header("Cookie", web.cookieHeader()).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(delete.statusCode()).isBetween(403, 405);
        assertThat(nameOf(phone)).isEqualTo("Phone");
    }

    @Test
    void anAdminSignedInAsTheCustomerCannotChangeTheirPasskeys() {
        AccountView admin = AccountFixtures.admin(accounts);
        AccountView customer = AccountFixtures.customer(accounts);
        long phone = passkeyOf(customer, "Phone");
        WebSession web = signedIn(admin);
        web.get("/admin/users/" + customer.id());
        web.post("/admin/users/" + customer.id() + "/sign-in-as", Map.of("reason", "Checking the security page"));
        assertThat(web.get("/account/two-factor").body()).contains("Phone");
        assertThat(web.post("/account/two-factor/passkeys/" + phone + "/name", Map.of("name", "Admin's")).status()).isEqualTo(403);
        web.get("/account/two-factor");
        assertThat(web.post("/account/two-factor/passkeys/" + phone + "/delete", Map.of()).status()).isEqualTo(403);
        web.get("/account/two-factor");
        assertThat(web.postBody("/webauthn/register/options", "application/json", HttpRequest.BodyPublishers.noBody()).status())
                .isEqualTo(403);
        assertThat(nameOf(phone)).isEqualTo("Phone");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM passkey_user WHERE user_id = ?", Integer.class, customer.id()))
                .isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT details FROM audit_log WHERE subject_id = ? AND action = 'impersonated_request'",
                String.class, customer.id())).contains("POST /webauthn/register/options → 403");
    }

    @Test
    void theStaffTwoFactorRequirementAnswersHtmxWithHxRedirect() throws Exception {
        AccountView admin = AccountFixtures.admin(accounts);
        WebSession web = signedIn(admin);
        settings.set(settings.definition("security.two_factor_required_for_staff").orElseThrow(), "true");
        HttpResponse<String> htmx = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(web.baseUrl() + "/admin/users"))
                .header("Cookie", web.cookieHeader()).header("HX-Request", "true").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(htmx.statusCode()).isEqualTo(204);
        assertThat(htmx.headers().firstValue("HX-Redirect")).hasValue("/account/two-factor?required");
        assertThat(htmx.headers().firstValue("Location")).isEmpty();
        assertThat(web.get("/admin/users").location()).as("a plain request").endsWith("/account/two-factor?required");
        assertThat(web.get("/account/two-factor?required").body()).as("passkeys can be added there").contains("id=\"passkey-add-form\"");
    }

    @Test
    void aPasskeySignsInOnlyAnAccountThatMayStillSignIn() {
        AccountView admin = AccountFixtures.admin(accounts);
        AccountView customer = AccountFixtures.customer(accounts);
        AccountView closed = AccountFixtures.customer(accounts);
        Authentication request = UsernamePasswordAuthenticationToken.unauthenticated("passkey", "assertion");
        assertThat(signInWithPasskeyOf(customer.email(), request).getPrincipal()).isInstanceOfSatisfying(AccountPrincipal.class,
                principal -> assertThat(principal.id()).isEqualTo(customer.id()));

        administration.block(customer.id(), new AccountAudit.Actor(admin.id(), admin.email(), "127.0.0.1"));
        assertThatThrownBy(() -> signInWithPasskeyOf(customer.email(), request)).isInstanceOf(LockedException.class);
        administration.delete(closed.id(), new AccountAudit.Actor(admin.id(), admin.email(), "127.0.0.1"));
        assertThatThrownBy(() -> signInWithPasskeyOf(closed.email(), request)).isInstanceOf(BadCredentialsException.class);
    }

    /** What the sign-in makes of a passkey Spring Security verified as this e-mail's. */
    private Authentication signInWithPasskeyOf(String email, Authentication request) {
        AuthenticationProvider verified = new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                return new WebAuthnAuthentication(ImmutablePublicKeyCredentialUserEntity.builder().id(Bytes.random())
                        .name(email).displayName(email).build(), List.of());
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return true;
            }
        };
        return new PasskeySignIn.AccountsOnly(verified, users).authenticate(request);
    }

    @Test
    void expiredTrustedBrowsersAreCleanedUpDaily() {
        AccountView customer = AccountFixtures.customer(accounts);
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
        jdbc.update("INSERT INTO trusted_device (user_id, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?)",
                customer.id(), "expired-" + customer.id(), now.minusDays(31), now.minusSeconds(1));
        jdbc.update("INSERT INTO trusted_device (user_id, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?)",
                customer.id(), "valid-" + customer.id(), now.minusDays(29), now.plusDays(1));
        assertThat(trustedDeviceCleanup.cleanUp()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForList("SELECT token_hash FROM trusted_device WHERE user_id = ?", String.class, customer.id()))
                .containsExactly("valid-" + customer.id());
        clock.advance(java.time.Duration.ofDays(2));
        trustedDeviceCleanup.cleanUp();
        assertThat(jdbc.queryForList("SELECT token_hash FROM trusted_device WHERE user_id = ?", String.class, customer.id())).isEmpty();
    }
}
