package io.pteroca.panel.web;

import io.pteroca.panel.account.AccountSecurity;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.stereotype.Component;

/**
 * Only our own scripts and styles run; the configured captcha provider's hosts are allowed because its widget loads
 * from them (none when no captcha is configured: those hosts serve scripts that could be misused).
 * Pages may not be framed by other sites, nor by ours unless a response says so itself (the demo mailbox's messages).
 */
@Component
class ContentSecurityPolicy implements HeaderWriter {

    private static final String CAPTCHA_SOURCES = "{captcha}";

    static final String POLICY = "default-src 'self'; "
            + "script-src 'self'" + CAPTCHA_SOURCES + "; "
            + "style-src 'self'; "
            + "img-src 'self' data: https:; "
            + "font-src 'self' data:; "
            + "connect-src 'self'; "
            + "frame-src 'self'" + CAPTCHA_SOURCES + "; "
            + "frame-ancestors 'none'; "
            + "form-action 'self'; "
            + "base-uri 'self'; "
            + "object-src 'none'";

    private final AccountSecurity accounts;

    ContentSecurityPolicy(AccountSecurity accounts) {
        this.accounts = accounts;
    }

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        if (!response.containsHeader("Content-Security-Policy")) {
            String captcha = accounts.captchaSources();
            String policy = POLICY.replace(CAPTCHA_SOURCES, captcha.isEmpty() ? "" : " " + captcha);
            Object formTarget = request.getAttribute(FormTargets.ATTRIBUTE);
            if (formTarget != null) {
                policy = policy.replace("form-action 'self'", "form-action 'self' " + formTarget);
            }
            if (request.getAttribute(InlineStyles.ATTRIBUTE) != null) {
                policy = policy.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
            }
            Object connectTarget = request.getAttribute(ConnectTargets.ATTRIBUTE);
            if (connectTarget != null) {
                policy = policy.replace("connect-src 'self'", "connect-src 'self' " + connectTarget);
            }
            response.setHeader("Content-Security-Policy", policy);
        }
        // The same rule for browsers that only know the older header.
        if (!response.containsHeader("X-Frame-Options")) {
            response.setHeader("X-Frame-Options", "DENY");
        }
    }
}
