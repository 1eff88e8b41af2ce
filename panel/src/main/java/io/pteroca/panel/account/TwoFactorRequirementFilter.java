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
 * whatever it asks for, until it has set it up; only that page and signing out stay open.
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
        return path.equals(SETUP_PAGE) || path.startsWith(SETUP_PAGE + "/") || path.equals("/logout") || path.equals("/error")
                || path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/img/")
                || path.startsWith("/theme-assets/") || path.startsWith("/favicon");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal
                && policy.mustSetUp(principal)) {
            response.sendRedirect(request.getContextPath() + SETUP_PAGE + "?required");
            return;
        }
        chain.doFilter(request, response);
    }
}
