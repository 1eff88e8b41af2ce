package io.pteroca.panel.account;

import io.pteroca.panel.shared.Refusal;
import java.time.Clock;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** "Forgot password": a one-hour, single-use link that ends every other session when used. */
@Service
class PasswordReset {

    private final AccountRepository accounts;
    private final AccountTokens tokens;
    private final AccountMails mails;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final SessionTermination sessions;
    private final AccountAudit audit;
    private final Clock clock;

    PasswordReset(AccountRepository accounts, AccountTokens tokens, AccountMails mails, PasswordPolicy policy,
                  PasswordEncoder encoder, SessionTermination sessions, AccountAudit audit, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.mails = mails;
        this.policy = policy;
        this.encoder = encoder;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Sends a link when the account exists; the caller answers the same either way. */
    @Transactional
    public void request(String email, String ip) {
        accounts.findByEmail(Registration.normalizeEmail(email)).filter(a -> !a.deleted()).ifPresent(account -> {
            mails.passwordReset(account, tokens.issue(account, AccountToken.Purpose.RESET_PASSWORD, null,
                    AccountTokens.RESET_VALIDITY));
            audit.self("password_reset_requested", account, ip);
        });
    }

    /** Sets the new password if the link is still valid; false when it is not. */
    @Transactional(noRollbackFor = Refusal.class)
    public boolean complete(String token, String newPassword, String ip) {
        policy.problem(newPassword).ifPresent(problem -> {
            throw Refusal.onField("password", problem);
        });
        return tokens.redeem(token, AccountToken.Purpose.RESET_PASSWORD)
                .flatMap(t -> accounts.findById(t.userId()))
                .filter(a -> !a.deleted())
                .map(account -> {
                    sessions.endAll(account, clock.instant());
                    account.changePassword(encoder.encode(newPassword), clock.instant());
                    audit.self("password_reset", account, ip);
                    audit.publish(new AccountPasswordChanged(account.id(), account.email(), newPassword));
                    return true;
                })
                .orElse(false);
    }
}
