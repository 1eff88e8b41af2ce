package io.pteroca.panel.account;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.stereotype.Component;

/**
 * Ends every session and remember-me login of an account. Sessions end because the account's session
 * version no longer matches theirs (checked on each request by {@link SessionGuardFilter}); open console sockets
 * close on {@link AccountSessionsEnded}.
 */
@Component
class SessionTermination {

    private final PersistentTokenRepository rememberMe;

    private final ApplicationEventPublisher events;

    SessionTermination(PersistentTokenRepository rememberMe, ApplicationEventPublisher events) {
        this.rememberMe = rememberMe;
        this.events = events;
    }

    void endAll(Account account, java.time.Instant now) {
        if (account.email() != null) {
            rememberMe.removeUserTokens(account.email());
        }
        account.endAllSessions(now);
        events.publishEvent(new AccountSessionsEnded(account.id()));
    }
}
