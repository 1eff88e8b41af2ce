package io.pteroca.panel.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serial;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The state between a right password and a right second factor. The browser is not signed in then: its session
 * holds only which account is waiting (for ten minutes), so every page but the second step still asks it to sign in.
 */
@Component
class SecondStep {

    static final Duration PENDING_VALIDITY = Duration.ofMinutes(10);
    private static final String PENDING = "pteroca.pendingSecondFactor";
    private static final String NEEDED = SecondStep.class.getName() + ".needed";

    /** An account whose password was right, waiting for its second factor. */
    record Pending(long accountId, String email, boolean rememberMe, Instant passwordAt) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    private final TwoFactor twoFactor;
    private final TrustedDevices devices;
    private final AccountRepository accounts;
    private final NewAccountSignIn signIn;
    private final Clock clock;

    SecondStep(TwoFactor twoFactor, TrustedDevices devices, AccountRepository accounts, NewAccountSignIn signIn, Clock clock) {
        this.signIn = signIn;
        this.twoFactor = twoFactor;
        this.devices = devices;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Whether this sign-in needs a second factor: two-factor is on and the browser is not trusted for the account. */
    boolean needed(AccountPrincipal principal, HttpServletRequest request) {
        Object known = request.getAttribute(NEEDED);
        if (known instanceof Boolean needed) {
            return needed;
        }
        boolean needed = twoFactor.enabled(principal.id()) && !devices.trusts(request, principal.id());
        request.setAttribute(NEEDED, needed);
        return needed;
    }

    /** Undoes the sign-in the password made and remembers the account as waiting for its second factor. */
    void begin(HttpServletRequest request, AccountPrincipal principal) {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession();
        session.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        String remember = request.getParameter("remember-me");
        session.setAttribute(PENDING, new Pending(principal.id(), principal.getUsername(),
                "true".equalsIgnoreCase(remember) || "on".equalsIgnoreCase(remember), clock.instant()));
    }

    Optional<Pending> pending(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(PENDING) instanceof Pending pending)) {
            return Optional.empty();
        }
        if (pending.passwordAt().plus(PENDING_VALIDITY).isBefore(clock.instant())) {
            session.removeAttribute(PENDING);
            return Optional.empty();
        }
        return Optional.of(pending);
    }

    void abandon(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(PENDING);
        }
    }

    /**
     * Signs the waiting account in, in a new session id; empty when the account was blocked or deleted meanwhile.
     */
    Optional<Authentication> complete(HttpServletRequest request, HttpServletResponse response, Pending pending) {
        abandon(request);
        Optional<Account> account = accounts.findById(pending.accountId()).filter(a -> !a.deleted() && !a.blocked());
        if (account.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(signIn.signInAs(new AccountPrincipal(account.get()), request, response));
    }
}
