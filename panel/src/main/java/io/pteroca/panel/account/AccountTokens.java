package io.pteroca.panel.account;

import io.pteroca.panel.shared.Tokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Issues and redeems the single-use links of verification, e-mail change and password reset. */
@Component
class AccountTokens {

    static final Duration VERIFICATION_VALIDITY = Duration.ofHours(24);
    static final Duration RESET_VALIDITY = Duration.ofHours(1);

    private final AccountTokenRepository tokens;
    private final Clock clock;

    AccountTokens(AccountTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** A new token; older unused tokens of the same purpose stop working. Returns the clear token to e-mail. */
    String issue(Account account, AccountToken.Purpose purpose, String newEmail, Duration validity) {
        Instant now = clock.instant();
        tokens.invalidateAll(account.id(), purpose, now);
        String token = Tokens.newToken();
        tokens.save(new AccountToken(account.id(), purpose, Tokens.sha256Hex(token), newEmail, now, now.plus(validity)));
        return token;
    }

    /** Marks the token used and returns it, if it is valid for this purpose. Call inside a transaction. */
    Optional<AccountToken> redeem(String token, AccountToken.Purpose purpose) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByTokenHash(Tokens.sha256Hex(token))
                .filter(t -> t.usable(purpose, now))
                .map(t -> {
                    t.use(now);
                    return t;
                });
    }
}
