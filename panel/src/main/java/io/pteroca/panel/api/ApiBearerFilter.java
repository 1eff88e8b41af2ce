package io.pteroca.panel.api;

import io.pteroca.panel.shared.RateLimitExceededException;
import io.pteroca.panel.shared.RateLimiter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs an API request in from its {@code Authorization: Bearer ptca_…} header and counts it against the token's
 * budget (the shared database rate limiter, so every panel instance counts together). Answers 401 or 429 itself.
 */
class ApiBearerFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final RateLimiter limiter;
    private final ApiProblems problems;
    private final ApiRateLimit rateLimit;
    private final Clock clock;

    ApiBearerFilter(ApiTokens tokens, RateLimiter limiter, ApiProblems problems, ApiRateLimit rateLimit, Clock clock) {
        this.tokens = tokens;
        this.limiter = limiter;
        this.problems = problems;
        this.rateLimit = rateLimit;
        this.clock = clock;
    }

    /** The rate limiter's key of a token, also used by tests that fill its budget. */
    static String budgetKey(long tokenId) {
        return "api-token:" + tokenId;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        Optional<ApiCaller> caller = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? tokens.authenticate(header.substring(7).strip()) : Optional.empty();
        if (caller.isEmpty()) {
            problems.write(request, response, HttpStatus.UNAUTHORIZED, "api.unauthorized");
            return;
        }
        Duration window = rateLimit.window();
        long now = clock.millis();
        long resetSeconds = Math.max(1, Duration.ofMillis(window.toMillis() - Math.floorMod(now, window.toMillis())).toSeconds());
        response.setHeader("RateLimit-Limit", Integer.toString(rateLimit.requests()));
        response.setHeader("RateLimit-Reset", Long.toString(resetSeconds));
        int used;
        try {
            used = limiter.acquire(budgetKey(caller.get().tokenId()), rateLimit.requests(), window);
        } catch (RateLimitExceededException limited) {
            response.setHeader("RateLimit-Remaining", "0");
            response.setHeader("Retry-After", Long.toString(Math.max(1, limited.retryAfter().toSeconds())));
            problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "api.rateLimited");
            return;
        }
        response.setHeader("RateLimit-Remaining", Integer.toString(Math.max(0, rateLimit.requests() - used)));
        List<SimpleGrantedAuthority> authorities = caller.get().scopes().stream()
                .map(scope -> new SimpleGrantedAuthority("SCOPE_" + scope.code())).toList();
        SecurityContextHolder.setContext(new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(caller.get(), null, authorities)));
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
