package io.pteroca.panel.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session on its next request when its account was blocked, deleted, or had its sessions ended
 * (password reset or change, role change). Also tells the locale resolver the account's language, and notes the
 * device and address on the session for the sessions page.
 */
class SessionGuardFilter extends OncePerRequestFilter {

    /** Request attribute holding the signed-in account's language tag, when it chose one. */
    static final String LANGUAGE_ATTRIBUTE = "pteroca.accountLanguage";

    private final Accounts accounts;
    private final AccountSessions sessions;

    SessionGuardFilter(Accounts accounts, AccountSessions sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    /** Static files need no account check; skipping them saves a query per stylesheet and script. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getServletPath();
        return path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/img/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            Accounts.SessionState state = accounts.sessionState(principal.id(), principal.sessionVersion());
            // A support session lasts only as long as the admin's own sign-in would.
            boolean adminStillValid = Impersonation.admin(authentication)
                    .map(admin -> accounts.sessionState(admin.id(), admin.sessionVersion()).valid()).orElse(true);
            if (!state.valid() || !adminStillValid) {
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                response.sendRedirect(request.getContextPath() + "/login?ended");
                return;
            }
            sessions.noteUse(request);
            if (state.language() != null) {
                request.setAttribute(LANGUAGE_ATTRIBUTE, state.language());
            }
        }
        chain.doFilter(request, response);
    }
}
