package io.pteroca.panel.account;

import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.stereotype.Component;

/**
 * Ends every session and remember-me login of an account. Sessions end because the account's session
 * version no longer matches theirs (checked on each request by {@link SessionGuardFilter}).
 */
@Component
class SessionTermination {

    private final PersistentTokenRepository rememberMe;

    SessionTermination(PersistentTokenRepository rememberMe) {
        this.rememberMe = rememberMe;
    }

    void endAll(Account account, java.time.Instant now) {
        if (account.email() != null) {
            rememberMe.removeUserTokens(account.email());
        }
        account.endAllSessions(now);
    }
}
