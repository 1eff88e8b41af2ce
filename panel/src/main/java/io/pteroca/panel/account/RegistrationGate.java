package io.pteroca.panel.account;

import io.pteroca.panel.shared.RateLimitExceededException;
import io.pteroca.panel.shared.RateLimiter;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What every way of opening an account passes before it is opened, the form and a sign-in provider alike: accepted
 * terms (when there are any), the per-address limit and the captcha (when one is configured).
 */
@Component
class RegistrationGate {

    private final CaptchaVerifier captcha;
    private final AccountSettings settings;
    private final RateLimiter limiter;

    RegistrationGate(CaptchaVerifier captcha, AccountSettings settings, RateLimiter limiter) {
        this.captcha = captcha;
        this.settings = settings;
        this.limiter = limiter;
    }

    boolean registrationOpen() {
        return settings.registrationOpen();
    }

    /** Consent is asked for only when the provider published terms: there is nothing to accept otherwise. */
    boolean termsToAccept() {
        return !settings.termsOfService().isBlank();
    }

    /** Why this attempt may not open an account (a message key), once the form itself is valid; empty to go on. */
    Optional<String> refusal(HttpServletRequest request) {
        try {
            limiter.acquire("register:ip:" + request.getRemoteAddr(), RegistrationController.REGISTRATIONS_PER_IP,
                    RegistrationController.WINDOW);
        } catch (RateLimitExceededException e) {
            return Optional.of("rateLimit.tooMany");
        }
        if (captcha.enabled() && !captcha.verify(request.getParameter(captcha.responseField()), request.getRemoteAddr())) {
            return Optional.of("captcha.failed");
        }
        return Optional.empty();
    }

    CaptchaVerifier.CaptchaWidget captchaWidget() {
        return captcha.widget();
    }
}
