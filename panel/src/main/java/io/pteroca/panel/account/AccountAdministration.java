package io.pteroca.panel.account;

import io.pteroca.panel.setting.SiteSettings;
import io.pteroca.panel.shared.Refusal;
import io.pteroca.panel.shared.Tokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/** What admins do to accounts; every action is audited. */
@Service
class AccountAdministration {

    /** An invitation may wait in a mailbox longer than a password reset. */
    static final Duration INVITATION_VALIDITY = Duration.ofDays(7);

    private final AccountRepository accounts;
    private final SessionTermination sessions;
    private final AccountAudit audit;
    private final AccountTokens tokens;
    private final AccountMails mails;
    private final PasswordEncoder encoder;
    private final Clock clock;

    AccountAdministration(AccountRepository accounts, SessionTermination sessions, AccountAudit audit, AccountTokens tokens,
                          AccountMails mails, PasswordEncoder encoder, Clock clock) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.audit = audit;
        this.tokens = tokens;
        this.mails = mails;
        this.encoder = encoder;
        this.clock = clock;
    }

    /**
     * A customer made by an admin: active at once (so their Pterodactyl user is made as on registration), with a
     * password nobody knows until the invitation's link sets one (or "forgot password" does, without an invitation).
     */
    @Transactional
    public long create(CustomerForm form, AccountAudit.Actor admin) {
        String email = checkedEmail(form.getEmail(), null);
        String language = checkedLanguage(form.getLanguage());
        Instant now = clock.instant();
        Account account = new Account(email, encoder.encode(Tokens.newToken()), form.getFirstName().strip(),
                form.getLastName().strip(), Role.USER, now);
        if (form.isVerified()) {
            account.markVerified(now);
        }
        account.changeLanguage(language, now);
        accounts.saveAndFlush(account);
        audit.byAdmin("admin_created_user", admin, account, form.isInvite() ? "invitation sent" : null);
        audit.publish(AccountAudit.activated(account));
        if (form.isInvite()) {
            mails.invitation(account, tokens.issue(account, AccountToken.Purpose.RESET_PASSWORD, null, INVITATION_VALIDITY));
        }
        return account.id();
    }

    /**
     * Names, address, language and verified flag as the admin says. A new address moves the Pterodactyl user first
     * (its refusal leaves everything as it was) and ends the account's sessions.
     */
    @Transactional
    public void edit(long id, CustomerForm form, AccountAudit.Actor admin) {
        Account account = load(id);
        if (account.deleted()) {
            throw new Refusal("admin.users.deleted");
        }
        String email = checkedEmail(form.getEmail(), account);
        String language = checkedLanguage(form.getLanguage());
        Instant now = clock.instant();
        String oldEmail = account.email();
        account.rename(form.getFirstName().strip(), form.getLastName().strip(), now);
        account.changeLanguage(language, now);
        if (!email.equals(oldEmail)) {
            audit.publish(new AccountEmailChanged(account.id(), oldEmail, email));
            sessions.endAll(account, now);
        }
        account.correctByAdmin(email, form.isVerified(), now);
        audit.byAdmin("admin_changed_user", admin, account, email.equals(oldEmail) ? null : "e-mail from " + oldEmail);
    }

    private String checkedEmail(String given, Account editing) {
        String email = Registration.normalizeEmail(given);
        if (!Accounts.plausibleEmail(email)) {
            throw Refusal.onField("email", "register.emailInvalid");
        }
        boolean unchanged = editing != null && email.equals(editing.email());
        if (!unchanged && accounts.existsByEmail(email)) {
            throw Refusal.onField("email", "register.emailTaken");
        }
        return email;
    }

    /** Blank means "the site's language"; anything else must be one the panel speaks. */
    private static String checkedLanguage(String given) {
        if (!StringUtils.hasText(given)) {
            return null;
        }
        Locale supported = SiteSettings.supported(given);
        if (supported == null) {
            throw Refusal.onField("language", "account.language.unsupported");
        }
        return supported.getLanguage();
    }

    @Transactional(readOnly = true)
    public Page<AccountView> search(String term, Pageable pageable) {
        String pattern = StringUtils.hasText(term) ? "%" + term.trim().toLowerCase(Locale.ROOT) + "%" : null;
        return accounts.search(pattern, pageable).map(Account::view);
    }

    @Transactional(readOnly = true)
    public AccountView view(long id) {
        return load(id).view();
    }

    @Transactional
    public void block(long id, AccountAudit.Actor admin) {
        Account account = editable(id, admin);
        sessions.endAll(account, clock.instant());
        account.block(clock.instant());
        audit.byAdmin("admin_blocked_user", admin, account, null);
    }

    @Transactional
    public void unblock(long id, AccountAudit.Actor admin) {
        Account account = editable(id, admin);
        account.unblock(clock.instant());
        audit.byAdmin("admin_unblocked_user", admin, account, null);
    }

    @Transactional
    public void changeRole(long id, Role role, AccountAudit.Actor admin) {
        Account account = editable(id, admin);
        account.changeRole(role, clock.instant());
        audit.byAdmin("admin_changed_role", admin, account, "role " + role);
    }

    @Transactional
    public void delete(long id, AccountAudit.Actor admin) {
        Account account = editable(id, admin);
        sessions.endAll(account, clock.instant());
        audit.byAdmin("admin_deleted_user", admin, account, null);
        account.softDelete(clock.instant());
    }

    /** Admins cannot lock themselves out, and deleted accounts stay deleted. */
    private Account editable(long id, AccountAudit.Actor admin) {
        Account account = load(id);
        if (account.id().equals(admin.id())) {
            throw new Refusal("admin.users.notYourself");
        }
        if (account.deleted()) {
            throw new Refusal("admin.users.deleted");
        }
        return account;
    }

    private Account load(long id) {
        return accounts.findById(id).orElseThrow(() -> new Refusal("account.unknown"));
    }
}
