package io.pteroca.panel.account;

import io.pteroca.panel.setting.SiteSettings;
import io.pteroca.panel.shared.PagerCounts;
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
    private final StaffRoles roles;
    private final StaffPermissions permissions;
    private final AccountTokens tokens;
    private final AccountMails mails;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final PagerCounts counts;

    AccountAdministration(AccountRepository accounts, SessionTermination sessions, AccountAudit audit, StaffRoles roles,
                          StaffPermissions permissions, AccountTokens tokens, AccountMails mails, PasswordEncoder encoder,
                          Clock clock, PagerCounts counts) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.audit = audit;
        this.roles = roles;
        this.permissions = permissions;
        this.tokens = tokens;
        this.mails = mails;
        this.encoder = encoder;
        this.clock = clock;
        this.counts = counts;
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
        if (account.staffRoleId() != null && !account.id().equals(admin.id())) {
            // A new address for someone above you would let you reset their password.
            roles.grantable(permissions.of(account.id()), admin);
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
        return accounts.search(pattern(term), pageable, counts).map(Account::view);
    }

    @Transactional(readOnly = true)
    public java.util.List<AccountView> search(String term, io.pteroca.panel.shared.Keyset page) {
        return accounts.search(pattern(term), page).stream().map(Account::view).toList();
    }

    private static String pattern(String term) {
        return StringUtils.hasText(term) ? "%" + term.trim().toLowerCase(Locale.ROOT) + "%" : null;
    }

    @Transactional(readOnly = true)
    public AccountView view(long id) {
        return load(id).view();
    }

    @Transactional(readOnly = true)
    public java.util.List<StaffRoleView> allStaffRoles() {
        return roles.all();
    }

    /** The account's staff role, or null for a customer. */
    @Transactional(readOnly = true)
    public StaffRoleView staffRole(long id) {
        Long roleId = load(id).staffRoleId();
        return roleId == null ? null : roles.view(roleId);
    }

    @Transactional
    public void block(long id, AccountAudit.Actor admin) {
        Account account = editable(id, admin);
        keepAnAdministrator(account);
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

    /**
     * Makes the account a member of staff with this role, or a customer when {@code staffRoleId} is null. Its sessions
     * end, so it signs in again under its new role.
     */
    @Transactional
    public void assignStaffRole(long id, Long staffRoleId, AccountAudit.Actor admin) {
        Account account = editable(id, admin);
        StaffRole role = staffRoleId == null ? null : roles.load(staffRoleId);
        if (java.util.Objects.equals(account.staffRoleId(), staffRoleId)) {
            return;
        }
        if (role != null) {
            roles.grantable(role.permissions(), admin);
        }
        keepAnAdministrator(account);
        account.assignStaffRole(staffRoleId, clock.instant());
        sessions.endAll(account, clock.instant());
        audit.byAdmin("admin_changed_role", admin, account, role == null ? "customer" : "staff role " + role.name());
    }

    @Transactional
    public void delete(long id, AccountAudit.Actor admin) {
        Account account = editable(id, admin);
        keepAnAdministrator(account);
        sessions.endAll(account, clock.instant());
        audit.byAdmin("admin_deleted_user", admin, account, null);
        account.softDelete(clock.instant());
    }

    /**
     * Admins cannot lock themselves out, deleted accounts stay deleted, and nobody acts on a member of staff who may
     * do more than they may.
     */
    private Account editable(long id, AccountAudit.Actor admin) {
        Account account = load(id);
        if (account.id().equals(admin.id())) {
            throw new Refusal("admin.users.notYourself");
        }
        if (account.deleted()) {
            throw new Refusal("admin.users.deleted");
        }
        if (account.staffRoleId() != null) {
            roles.grantable(permissions.of(account.id()), admin);
        }
        return account;
    }

    /** The last Administrator who can sign in keeps the role and the account. */
    private void keepAnAdministrator(Account account) {
        if (account.staffRoleId() == null) {
            return;
        }
        StaffRole administrator = roles.lockAdministrator();
        if (administrator.id().equals(account.staffRoleId()) && !account.blocked() && !account.deleted()
                && accounts.countActiveWithStaffRole(administrator.id()) <= 1) {
            throw Refusal.conflict("admin.users.lastAdministrator");
        }
    }

    private Account load(long id) {
        return accounts.findById(id).orElseThrow(() -> new Refusal("account.unknown"));
    }
}
