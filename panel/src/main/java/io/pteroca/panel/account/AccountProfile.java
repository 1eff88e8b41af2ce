package io.pteroca.panel.account;

import io.pteroca.panel.setting.SiteSettings;
import io.pteroca.panel.shared.RateLimitExceededException;
import io.pteroca.panel.shared.Refusal;
import java.time.Clock;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** What signed-in customers change about themselves. Sensitive changes need the current password. */
@Service
class AccountProfile {

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final AccountTokens tokens;
    private final AccountMails mails;
    private final SessionTermination sessions;
    private final AccountAudit audit;
    private final Clock clock;
    private final SignInThrottle throttle;
    private final TransactionTemplate transactions;

    AccountProfile(AccountRepository accounts, PasswordEncoder encoder, PasswordPolicy policy, AccountTokens tokens,
                   AccountMails mails, SessionTermination sessions, AccountAudit audit, Clock clock, SignInThrottle throttle,
                   PlatformTransactionManager transactionManager) {
        this.throttle = throttle;
        this.transactions = new TransactionTemplate(transactionManager);
        this.accounts = accounts;
        this.encoder = encoder;
        this.policy = policy;
        this.tokens = tokens;
        this.mails = mails;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void rename(long accountId, String firstName, String lastName) {
        Account account = load(accountId);
        account.rename(firstName.strip(), lastName.strip(), clock.instant());
        audit.publish(new AccountEvent(AccountEvent.Kind.PROFILE_CHANGED, account.id(), account.email(), null, null, null));
    }

    /** Sends a confirmation link to the new address; the address changes only when it is followed. */
    public void requestEmailChange(long accountId, String currentPassword, String newEmail, String ip) {
        requirePassword(load(accountId), currentPassword);
        transactions.executeWithoutResult(status -> requestEmailChangeChecked(load(accountId), newEmail, ip));
    }

    private void requestEmailChangeChecked(Account account, String newEmail, String ip) {
        String email = Registration.normalizeEmail(newEmail);
        if (email.equals(account.email())) {
            throw Refusal.onField("newEmail", "account.email.same");
        }
        if (accounts.existsByEmail(email)) {
            throw Refusal.onField("newEmail", "register.emailTaken");
        }
        account.requestEmailChange(email, clock.instant());
        mails.emailChange(account, email, tokens.issue(account, AccountToken.Purpose.CHANGE_EMAIL, email,
                AccountTokens.VERIFICATION_VALIDITY));
        audit.self("email_change_requested", account.id(), account.email(), ip, "to " + email);
    }

    /** Changes the password and ends every session; the caller signs the current browser in again. */
    public void changePassword(long accountId, String currentPassword, String newPassword, String ip) {
        requirePassword(load(accountId), currentPassword);
        transactions.executeWithoutResult(status -> changePasswordChecked(load(accountId), newPassword, ip));
    }

    private void changePasswordChecked(Account account, String newPassword, String ip) {
        policy.problem(newPassword).ifPresent(problem -> {
            throw Refusal.onField("newPassword", problem);
        });
        sessions.endAll(account, clock.instant());
        account.changePassword(encoder.encode(newPassword), clock.instant());
        audit.self("password_changed", account, ip);
        audit.publish(new AccountPasswordChanged(account.id(), account.email(), newPassword));
    }

    @Transactional
    public void changeLanguage(long accountId, String language) {
        if (SiteSettings.supported(language) == null) {
            throw Refusal.onField("language", "account.language.unsupported");
        }
        load(accountId).changeLanguage(SiteSettings.supported(language).toLanguageTag(), clock.instant());
    }

    /**
     * Refuses a wrong current password, counting the guesses like sign-in does. Called before the caller's transaction:
     * a guess counts whatever becomes of the request, and the count would need a second connection inside one.
     */
    void requirePassword(Account account, String password) {
        try {
            throttle.passwordCheck(account.id());
        } catch (RateLimitExceededException tooMany) {
            throw Refusal.onField("currentPassword", "account.password.throttled");
        }
        if (password == null || !encoder.matches(password, account.passwordHash())) {
            throw Refusal.onField("currentPassword", "account.password.wrong");
        }
        throttle.passwordCheckPassed(account.id());
    }

    private Account load(long accountId) {
        return accounts.findById(accountId).filter(a -> !a.deleted()).orElseThrow(() -> new Refusal("account.unknown"));
    }
}
