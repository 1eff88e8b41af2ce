package io.pteroca.panel.account;

import io.pteroca.panel.audit.AuditEvent;
import io.pteroca.panel.shared.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * While an admin is signed in as a customer: money (top-ups, orders, renewals, auto-renewal, plan changes, cancellations, vouchers, anything under
 * the wallet) and the customer's credentials (password, e-mail, sign-in providers, SFTP password) are refused with a 403 before any
 * handler runs. Every change made as the customer (anything but GET and HEAD, refused or not) is written to the audit log
 * with both identities, the path and the answer; page views are not, so the log keeps the start, the end and the actions
 * of an impersonation instead of a line per page and fragment.
 */
@Configuration(proxyBeanMethods = false)
class ImpersonationGuard implements WebMvcConfigurer, HandlerInterceptor {

    static final String END_PATH = "/impersonation/end";

    /** Changes (anything but GET and HEAD) under these paths spend money or change how the customer signs in. */
    private static final List<PathPattern> REFUSED = parse(
            "/wallet/**", "/payments/**", "/store/products/*/order/**", "/servers/*/renew", "/servers/*/auto-renew",
            "/vouchers/**", "/account/password", "/account/email/**", "/account/two-factor/**", "/account/sign-in-methods/**",
            "/reset-password/**",
            "/servers/*/settings/sftp-password", "/servers/*/change-plan", "/servers/*/cancel", "/servers/*/cancel/**");

    private final ApplicationEventPublisher events;

    ImpersonationGuard(ApplicationEventPublisher events) {
        this.events = events;
    }

    private static List<PathPattern> parse(String... patterns) {
        return java.util.Arrays.stream(patterns).map(PathPatternParser.defaultInstance::parse).toList();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.*",
                "/theme-assets/**", "/plugin-assets/**", "/error");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (impersonator().isPresent() && changes(request) && refused(path(request))) {
            // Spring calls afterCompletion only after a preHandle that let the request through: audit the refusal here.
            audit(request, HttpStatus.FORBIDDEN.value());
            throw Refusal.forbidden("impersonation.refused");
        }
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        if (!changes(request)) {
            return;
        }
        audit(request, failure != null && response.getStatus() < 400 ? 500 : response.getStatus());
    }

    private void audit(HttpServletRequest request, int status) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        Impersonation.admin(current).ifPresent(admin -> {
            AccountPrincipal customer = (AccountPrincipal) current.getPrincipal();
            events.publishEvent(new AuditEvent("impersonated_request", admin.id(), admin.getUsername(), customer.id(),
                    customer.getUsername(), request.getRemoteAddr(), request.getMethod() + " " + path(request) + " → " + status));
        });
    }

    private static Optional<AccountPrincipal> impersonator() {
        return Impersonation.admin(SecurityContextHolder.getContext().getAuthentication());
    }

    private static boolean changes(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
    }

    private static boolean refused(String path) {
        PathContainer container = PathContainer.parsePath(path);
        return REFUSED.stream().anyMatch(pattern -> pattern.matches(container));
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
