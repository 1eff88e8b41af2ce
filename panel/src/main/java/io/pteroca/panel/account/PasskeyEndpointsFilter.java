package io.pteroca.panel.account;

import io.pteroca.panel.audit.AuditEvent;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards Spring Security's passkey registration endpoints ({@code /webauthn/register/**}), which answer before any
 * controller and so before the impersonation guard: they are for a signed-in account itself, never for an admin
 * signed in as it; removal goes through the security page, which audits it; and a registration the relying party
 * refuses (a bad name, a forged or replayed answer) is a 400, not a 500.
 */
class PasskeyEndpointsFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(PasskeyEndpointsFilter.class);

    private final ApplicationEventPublisher events;

    PasskeyEndpointsFilter(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getServletPath().startsWith("/webauthn/register");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof AccountPrincipal principal)) {
            response.sendError(HttpStatus.UNAUTHORIZED.value());
            return;
        }
        if (Impersonation.admin(authentication).isPresent()) {
            AccountPrincipal admin = Impersonation.admin(authentication).get();
            events.publishEvent(new AuditEvent("impersonated_request", admin.id(), admin.getUsername(), principal.id(),
                    principal.getUsername(), request.getRemoteAddr(), request.getMethod() + " " + request.getServletPath() + " → 403"));
            response.sendError(HttpStatus.FORBIDDEN.value());
            return;
        }
        if (!"POST".equals(request.getMethod())) {
            response.sendError(HttpStatus.METHOD_NOT_ALLOWED.value());
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException refused) {
            // WebAuthn4J and the relying party throw for every answer they cannot accept; none of them is our fault.
            if (response.isCommitted()) {
                throw refused;
            }
            log.info("Passkey registration refused: {}", refused.toString());
            response.reset();
            response.sendError(HttpStatus.BAD_REQUEST.value());
        }
    }
}
