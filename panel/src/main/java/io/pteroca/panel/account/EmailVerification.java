package io.pteroca.panel.account;

import io.pteroca.panel.shared.Refusal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Confirms e-mail addresses: of new accounts, and new addresses of existing ones. */
@Service
class EmailVerification {

    static final Duration RESEND_INTERVAL = Duration.ofMinutes(5);

    private final AccountRepository accounts;
    private final AccountTokens tokens;
    private final AccountMails mails;
    private final AccountAudit audit;
    private final SessionTermination sessions;
    private final Clock clock;

    EmailVerification(AccountRepository accounts, AccountTokens tokens, AccountMails mails, AccountAudit audit,
                      SessionTermination sessions, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.mails = mails;
        this.audit = audit;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** True when the link was valid and the account is now verified. */
    @Transactional
    public boolean verify(String token, String ip) {
        return tokens.redeem(token, AccountToken.Purpose.VERIFY_EMAIL)
                .flatMap(t -> accounts.findById(t.userId()))
                .filter(a -> !a.deleted())
                .map(account -> {
                    boolean firstTime = !account.emailVerified();
                    account.markVerified(clock.instant());
                    audit.self("email_verified", account, ip);
                    // Accounts registered while verification was optional are active already; linking twice is harmless.
                    if (firstTime) {
                        audit.publish(AccountAudit.activated(account));
                    }
                    return true;
                })
                .orElse(false);
    }

    /** Sends a new link, at most once per five minutes. */
    @Transactional
    public void resend(long accountId, String ip) {
        Account account = accounts.findById(accountId).orElseThrow();
        if (account.emailVerified()) {
            return;
        }
        Instant now = clock.instant();
        if (account.verificationSentAt() != null && account.verificationSentAt().plus(RESEND_INTERVAL).isAfter(now)) {
            throw new Refusal("verify.resendTooSoon");
        }
        account.verificationSent(now);
        mails.verification(account, tokens.issue(account, AccountToken.Purpose.VERIFY_EMAIL, null,
                AccountTokens.VERIFICATION_VALIDITY));
        audit.self("verification_resent", account, ip);
    }

    /**
     * Moves the account to the new address it proved it can read. Listeners of {@link AccountEmailChanged} move the
     * address elsewhere in the same transaction; their {@link Refusal} leaves the account and the link as they were.
     */
    @Transactional
    public boolean confirmEmailChange(String token, String ip) {
        return tokens.redeem(token, AccountToken.Purpose.CHANGE_EMAIL)
                .flatMap(t -> accounts.findById(t.userId()).filter(a -> !a.deleted())
                        .filter(a -> t.newEmail().equals(a.pendingEmail()))
                        .filter(a -> !accounts.existsByEmail(t.newEmail()))
                        .map(account -> {
                            String oldEmail = account.email();
                            sessions.endAll(account, clock.instant());
                            account.confirmEmailChange(t.newEmail(), clock.instant());
                            audit.publish(new AccountEmailChanged(account.id(), oldEmail, t.newEmail()));
                            audit.self("email_changed", account.id(), account.email(), ip, "from " + oldEmail);
                            return true;
                        }))
                .orElse(false);
    }
}
