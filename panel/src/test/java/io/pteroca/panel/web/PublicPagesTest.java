package io.pteroca.panel.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.WebSession;
import org.junit.jupiter.api.Test;

class PublicPagesTest extends IntegrationTest {

    @Test
    void signInPageRendersWithSecurityHeaders() {
        WebSession.Page page = browser().get("/login");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("name=\"_csrf\"").contains("id=\"login-form\"");
    }

    /** A visitor reading pages costs no session row: only signing in, registering or a form that needs one makes it. */
    @Test
    void visitorsReadingPublicPagesGetNoSession() {
        int sessionsBefore = jdbc.queryForObject("select count(*) from spring_session", Integer.class);
        for (String path : java.util.List.of("/", "/store", "/terms", "/store?lang=pl", "/favicon.ico")) {
            WebSession.Page page = browser().get(path);
            assertThat(page.status()).as(path).isIn(200, 302, 404);
            assertThat(page.headers().allValues("Set-Cookie")).as(path).noneMatch(cookie -> cookie.startsWith("SESSION"));
        }
        assertThat(jdbc.queryForObject("select count(*) from spring_session", Integer.class)).isEqualTo(sessionsBefore);
        WebSession.Page login = browser().get("/login");
        assertThat(login.headers().allValues("Set-Cookie")).as("the sign-in form needs its CSRF token in a session")
                .anyMatch(cookie -> cookie.startsWith("SESSION"));
    }

    @Test
    void healthIsPublicAndUp() {
        WebSession.Page page = browser().get("/actuator/health");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("\"UP\"");
    }

    @Test
    void versionsAreNotShownToVisitors() {
        WebSession.Page page = browser().get("/actuator/info");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.body()).doesNotContain("version");
    }

    @Test
    void theCaptchaHostsAreAllowedOnlyForTheConfiguredProvider() {
        assertThat(browser().get("/login").header("Content-Security-Policy")).doesNotContain("google").doesNotContain("cloudflare");
        settings.setAll(java.util.Map.of(settings.definition("security.captcha.provider").orElseThrow(), "turnstile",
                settings.definition("security.captcha.site_key").orElseThrow(), "site-key"));
        try {
            assertThat(browser().get("/register").header("Content-Security-Policy"))
                    .contains("script-src 'self' https://challenges.cloudflare.com;").doesNotContain("google");
        } finally {
            settings.set(settings.definition("security.captcha.provider").orElseThrow(), "none");
        }
    }

    @Test
    void malformedPathIsRefusedWithoutDetails() {
        WebSession.Page page = browser().get("/login/..;/admin");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).doesNotContain("Exception").doesNotContain("at io.pteroca");
    }

    @Test
    void securityHeadersAreSent() {
        WebSession.Page page = browser().get("/login");
        assertThat(page.header("Content-Security-Policy")).contains("frame-ancestors 'none'").contains("script-src 'self'");
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.header("Content-Security-Policy")).contains("style-src 'self';");
        assertThat(page.body()).as("htmx adds no <style> the CSP would refuse")
                .containsPattern("<meta name=\"htmx-config\" content=.\\{(\"|&quot;)includeIndicatorStyles(\"|&quot;):false\\}");
        assertThat(page.header("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void adminPagesNeedSignIn() {
        WebSession.Page page = browser().get("/admin/users");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).endsWith("/login");
    }

    @Test
    void everyPageHasAnIconAndTheBrowsersDefaultIconPathAnswers() {
        WebSession web = browser();
        assertThat(web.get("/login").body()).contains("href=\"/favicon.svg\"").contains("href=\"/favicon.ico\"");
        WebSession.Page ico = web.get("/favicon.ico", "image/*");
        assertThat(ico.status()).isEqualTo(200);
        assertThat(ico.header("Content-Type")).isIn("image/x-icon", "image/vnd.microsoft.icon");
        WebSession.Page svg = web.get("/favicon.svg", "image/*");
        assertThat(svg.status()).isEqualTo(200);
        assertThat(svg.body()).startsWith("<svg");
    }
}
