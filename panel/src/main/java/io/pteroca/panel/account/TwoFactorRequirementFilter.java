package io.pteroca.panel.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While two-factor is required for staff, a staff account without it is sent to the set-up page on its next request,
 * whatever it asks for, until it has set it up; only that page (with passkey registration) and signing out stay open.
 * A session signed in with a passkey has given two factors already. An htmx request is answered with
 * {@code HX-Redirect}, so the whole page moves instead of htmx swapping the set-up page into a fragment.
 */
class TwoFactorRequirementFilter extends OncePerRequestFilter {

    static final String SETUP_PAGE = "/account/two-factor";

    private final TwoFactorPolicy policy;

    TwoFactorRequirementFilter(TwoFactorPolicy policy) {
        this.policy = policy;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getServletPath();
        return path.equals(SETUP_PAGE) || path.startsWith(SETUP_PAGE + "/") || path.startsWith("/webauthn/register")
                || path.equals("/logout") || path.equals("/error")
                || path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/img/")
                || path.startsWith("/theme-assets/") || path.startsWith("/favicon");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal
                && policy.mustSetUp(principal) && !PasskeySignIn.signedInWithPasskey(request)) {
            String setUp = request.getContextPath() + SETUP_PAGE + "?required";
            if ("true".equals(request.getHeader("HX-Request"))) {
                response.setHeader("HX-Redirect", setUp);
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            } else {
                response.sendRedirect(setUp);
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
