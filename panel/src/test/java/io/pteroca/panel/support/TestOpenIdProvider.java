package io.pteroca.panel.support;

import io.pteroca.panel.setting.Settings;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * A real OpenID Connect provider for the tests (NAV's mock-oauth2-server: discovery, authorization endpoint, signed ID
 * tokens, JWKS, user info), started once per test run. Each sign-in says who the next person is with {@link #nextSignIn}.
 */
public final class TestOpenIdProvider {

    public static final String ISSUER_ID = "pteroca";
    public static final String CLIENT_ID = "pteroca-panel";
    public static final String CLIENT_SECRET = "pteroca-secret";

    private static MockOAuth2Server server;

    private TestOpenIdProvider() {
    }

    public static synchronized String issuer() {
        if (server == null) {
            server = new MockOAuth2Server();
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
        }
        return server.issuerUrl(ISSUER_ID).toString();
    }

    /** Origin of the provider's pages (scheme, host, port). */
    public static String origin() {
        java.net.URI uri = java.net.URI.create(issuer());
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    /** Switches the panel's OpenID Connect sign-in on (with this provider, named "Example SSO") or off. */
    public static void configure(Settings settings, boolean enabled) {
        settings.setAll(Map.of(
                settings.definition("sign_in.oidc.enabled").orElseThrow(), Boolean.toString(enabled),
                settings.definition("sign_in.oidc.client_id").orElseThrow(), CLIENT_ID,
                settings.definition("sign_in.oidc.client_secret").orElseThrow(), CLIENT_SECRET,
                settings.definition("sign_in.oidc.issuer").orElseThrow(), issuer(),
                settings.definition("sign_in.oidc.name").orElseThrow(), "Example SSO"));
    }

    /** The person the next sign-in at the provider is for: their stable id and the claims their ID token carries. */
    public static void nextSignIn(String subject, Map<String, Object> claims) {
        issuer();
        server.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", List.of(CLIENT_ID), claims, 3600));
    }
}
