package io.pteroca.panel.federation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serial;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * What the session remembers between a provider's answer and the next step: an identity waiting for the password
 * of the account with its address, or for the registration form; or, before going to the provider, the signed-in
 * account that asked to link one. Each lasts ten minutes and is used once.
 */
@Component
class PendingProviderSignIn {

    static final Duration VALIDITY = Duration.ofMinutes(10);
    private static final String WAITING = PendingProviderSignIn.class.getName() + ".waiting";
    private static final String LINKING = PendingProviderSignIn.class.getName() + ".linking";

    /** An identity the provider vouched for, waiting for a password ({@code accountId} set) or a registration (null). */
    record Waiting(ProviderIdentity identity, Long accountId, Instant at) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** A signed-in account on its way to a provider to link it, and its sign-in to restore on the way back. */
    record Linking(long accountId, Provider provider, Authentication signedIn, Instant at) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    private final Clock clock;

    PendingProviderSignIn(Clock clock) {
        this.clock = clock;
    }

    void awaitPassword(HttpServletRequest request, ProviderIdentity identity, long accountId) {
        request.getSession().setAttribute(WAITING, new Waiting(identity, accountId, clock.instant()));
    }

    void awaitRegistration(HttpServletRequest request, ProviderIdentity identity) {
        request.getSession().setAttribute(WAITING, new Waiting(identity, null, clock.instant()));
    }

    Optional<Waiting> waiting(HttpServletRequest request) {
        return fresh(request, WAITING, Waiting.class).filter(waiting -> current(waiting.at()));
    }

    void linking(HttpServletRequest request, long accountId, Provider provider, Authentication signedIn) {
        request.getSession().setAttribute(LINKING, new Linking(accountId, provider, signedIn, clock.instant()));
    }

    /** The link this browser asked for, forgotten as it is read. */
    Optional<Linking> takeLinking(HttpServletRequest request) {
        Optional<Linking> linking = fresh(request, LINKING, Linking.class);
        forget(request, LINKING);
        return linking.filter(link -> current(link.at()));
    }

    void done(HttpServletRequest request) {
        forget(request, WAITING);
    }

    private boolean current(Instant at) {
        return !at.plus(VALIDITY).isBefore(clock.instant());
    }

    private static <T> Optional<T> fresh(HttpServletRequest request, String name, Class<T> type) {
        HttpSession session = request.getSession(false);
        return session != null && type.isInstance(session.getAttribute(name))
                ? Optional.of(type.cast(session.getAttribute(name))) : Optional.empty();
    }

    private static void forget(HttpServletRequest request, String name) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(name);
        }
    }
}
