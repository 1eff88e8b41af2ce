package io.pteroca.panel.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/** Applies {@link SignInThrottle} to sign-in attempts before the password is even checked. */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final SignInThrottle throttle;

    LoginThrottleFilter(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        switch (throttle.attempt(request.getParameter("username"), request.getRemoteAddr(), throttle.captchaResponse(request))) {
            case THROTTLED -> response.sendRedirect(request.getContextPath() + "/login?throttled");
            case NEEDS_CAPTCHA -> response.sendRedirect(request.getContextPath() + "/login?captcha");
            case GO_ON -> chain.doFilter(request, response);
        }
    }
}
