package io.pteroca.panel.account;

import io.pteroca.panel.shared.RateLimiter;
import org.springframework.stereotype.Component;

/**
 * How many codes the second step allows. Whoever reaches it already knows the password, so the budget is per account
 * from everywhere together (as many as sign-in allows per account and address), besides the address's own budget.
 * Ten guesses in fifteen minutes leave a six-digit code practically unguessable.
 */
@Component
class SecondFactorThrottle {

    private final RateLimiter limiter;

    SecondFactorThrottle(RateLimiter limiter) {
        this.limiter = limiter;
    }

    /** Counts a code; throws {@link io.pteroca.panel.shared.RateLimitExceededException} when the budget is used up. */
    void attempt(long accountId, String ip) {
        limiter.acquire(ipKey(ip), SignInThrottle.ATTEMPTS_PER_IP, SignInThrottle.WINDOW);
        limiter.acquire(accountKey(accountId), SignInThrottle.ATTEMPTS_PER_ACCOUNT_AND_IP, SignInThrottle.WINDOW);
    }

    void passed(long accountId) {
        limiter.reset(accountKey(accountId));
    }

    private static String accountKey(long accountId) {
        return "second-factor:account:" + accountId;
    }

    private static String ipKey(String ip) {
        return "second-factor:ip:" + ip;
    }
}
