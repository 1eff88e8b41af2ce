package io.pteroca.panel.account;

import io.pteroca.panel.shared.RateLimitExceededException;
import io.pteroca.panel.shared.RateLimiter;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * How many password guesses sign-in allows. Hard limits apply per client address and per account <em>from one
 * address</em>, so someone failing on purpose locks out only themselves: the owner's right password from an address
 * that has not failed still gets in. Failures on one account from everywhere together, or from one address on any
 * accounts, only ask for the captcha, when one is configured: the form then shows it and sign-in requires it. A
 * successful sign-in gives its address back the attempt, so many people behind one proxy do
 * not use up each other's budget.
 */
@Component
class SignInThrottle {

    static final int ATTEMPTS_PER_IP = 30;
    static final int ATTEMPTS_PER_ACCOUNT_AND_IP = 10;
    /**
     * Failures on one account (from all addresses), or from one address (on all accounts), after which sign-in needs
     * the captcha; fewer than the hard limit per account and address, so a guesser meets the captcha first.
     */
    static final int FAILURES_BEFORE_CAPTCHA = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    /** What a sign-in attempt may do before its password is checked. */
    enum Verdict { GO_ON, THROTTLED, NEEDS_CAPTCHA }

    private final RateLimiter limiter;
    private final CaptchaVerifier captcha;

    SignInThrottle(RateLimiter limiter, CaptchaVerifier captcha) {
        this.limiter = limiter;
        this.captcha = captcha;
    }

    /** Counts the attempt against its address and account-and-address budgets, before the password is checked. */
    Verdict attempt(String email, String ip, String captchaResponse) {
        try {
            limiter.acquire(ipKey(ip), ATTEMPTS_PER_IP, WINDOW);
            if (email == null || email.isBlank()) {
                return Verdict.GO_ON;
            }
            limiter.acquire(accountAndIpKey(email, ip), ATTEMPTS_PER_ACCOUNT_AND_IP, WINDOW);
        } catch (RateLimitExceededException exceeded) {
            return Verdict.THROTTLED;
        }
        if ((captchaNeeded(ip) || captcha.enabled() && limiter.hits(accountKey(email), WINDOW) >= FAILURES_BEFORE_CAPTCHA)
                && !captcha.verify(captchaResponse, ip)) {
            return Verdict.NEEDS_CAPTCHA;
        }
        return Verdict.GO_ON;
    }

    String captchaResponse(jakarta.servlet.http.HttpServletRequest request) {
        return captcha.enabled() ? request.getParameter(captcha.responseField()) : null;
    }

    /** Whether sign-in from this address needs the captcha, whichever account it names (so the form shows it). */
    boolean captchaNeeded(String ip) {
        return captcha.enabled() && limiter.hits(addressFailuresKey(ip), WINDOW) >= FAILURES_BEFORE_CAPTCHA;
    }

    void failed(String email, String ip) {
        limiter.count(addressFailuresKey(ip), WINDOW);
        if (email != null && !email.isBlank()) {
            limiter.count(accountKey(email), WINDOW);
        }
    }

    void succeeded(String email, String ip) {
        limiter.release(ipKey(ip), WINDOW);
        limiter.reset(accountAndIpKey(email, ip));
        limiter.reset(accountKey(email));
    }

    /**
     * The current-password check on the account page, which a stolen session could use to guess: as many attempts
     * per account as sign-in allows per account and address, wherever they come from. Throws when they are used up.
     */
    void passwordCheck(long accountId) {
        limiter.acquire(passwordCheckKey(accountId), ATTEMPTS_PER_ACCOUNT_AND_IP, WINDOW);
    }

    void passwordCheckPassed(long accountId) {
        limiter.reset(passwordCheckKey(accountId));
    }

    private static String passwordCheckKey(long accountId) {
        return "password-check:account:" + accountId;
    }

    private static String ipKey(String ip) {
        return "login:ip:" + ip;
    }

    private static String addressFailuresKey(String ip) {
        return "login:failures-ip:" + ip;
    }

    private static String accountKey(String email) {
        return "login:account:" + Registration.normalizeEmail(email);
    }

    private static String accountAndIpKey(String email, String ip) {
        return "login:account-ip:" + ip + ":" + Registration.normalizeEmail(email);
    }
}
