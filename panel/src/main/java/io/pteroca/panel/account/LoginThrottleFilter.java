package io.pteroca.panel.account;

import io.pteroca.panel.shared.RateLimitExceededException;
import io.pteroca.panel.shared.RateLimiter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.web.filter.OncePerRequestFilter;

/** Limits sign-in attempts per client address and per account before the password is even checked. */
class LoginThrottleFilter extends OncePerRequestFilter {

    static final int ATTEMPTS_PER_IP = 30;
    static final int ATTEMPTS_PER_ACCOUNT = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final RateLimiter limiter;

    LoginThrottleFilter(RateLimiter limiter) {
        this.limiter = limiter;
    }

    static String accountKey(String email) {
        return "login:account:" + Registration.normalizeEmail(email);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            limiter.acquire("login:ip:" + request.getRemoteAddr(), ATTEMPTS_PER_IP, WINDOW);
            String email = request.getParameter("username");
            if (email != null && !email.isBlank()) {
                limiter.acquire(accountKey(email), ATTEMPTS_PER_ACCOUNT, WINDOW);
            }
        } catch (RateLimitExceededException e) {
            response.sendRedirect(request.getContextPath() + "/login?throttled");
            return;
        }
        chain.doFilter(request, response);
    }
}
