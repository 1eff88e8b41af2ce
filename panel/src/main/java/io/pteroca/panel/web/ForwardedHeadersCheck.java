package io.pteroca.panel.web;

import io.pteroca.panel.setting.SiteSettings;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Behind a TLS-terminating proxy the panel must trust its forwarded headers, or it believes every request is plain
 * HTTP: cookies lose Secure, HSTS is off, and rate limits see the proxy's address. Nothing breaks visibly, so this
 * says so in the log: at start-up when the site URL is https, and on the first request that arrives with forwarded
 * headers the panel ignores.
 */
@Component
class ForwardedHeadersCheck extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ForwardedHeadersCheck.class);
    static final String ADVICE = "Set PTEROCA_FORWARD_HEADERS=native (server.forward-headers-strategy) when a proxy you "
            + "control sets them, so cookies are Secure, HSTS is sent and rate limits see the client's address.";

    private final boolean ignored;
    private final SiteSettings site;
    private final AtomicBoolean warned = new AtomicBoolean();

    ForwardedHeadersCheck(@Value("${server.forward-headers-strategy:none}") String strategy, SiteSettings site) {
        this.ignored = "none".equals(strategy.toLowerCase(Locale.ROOT));
        this.site = site;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        if (httpsSiteWithoutForwarding(ignored, site.url())) {
            log.warn("The site URL is https but forwarded headers are ignored: behind a TLS proxy the panel sees plain "
                    + "HTTP. {}", ADVICE);
        }
    }

    static boolean httpsSiteWithoutForwarding(boolean forwardingIgnored, String siteUrl) {
        return forwardingIgnored && siteUrl != null && siteUrl.toLowerCase(Locale.ROOT).startsWith("https://");
    }

    static boolean forwarded(HttpServletRequest request) {
        return request.getHeader("X-Forwarded-Proto") != null || request.getHeader("X-Forwarded-For") != null
                || request.getHeader("Forwarded") != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (ignored && !warned.get() && forwarded(request) && warned.compareAndSet(false, true)) {
            log.warn("A request came with forwarded headers, which the panel ignores. {}", ADVICE);
        }
        chain.doFilter(request, response);
    }
}
