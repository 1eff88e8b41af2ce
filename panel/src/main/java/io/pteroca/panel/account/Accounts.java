package io.pteroca.panel.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The account feature's API for other features, the setup wizard and the command line. */
@Service
public class Accounts {

    private final AccountRepository accounts;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final SessionTermination sessions;
    private final AccountAudit audit;
    private final StaffRoleRepository staffRoles;
    private final AccountAdministration administration;
    private final TwoFactor twoFactor;
    private final StaffPermissions permissions;
    private final Clock clock;

    Accounts(AccountRepository accounts, PasswordPolicy policy, PasswordEncoder encoder, SessionTermination sessions,
             AccountAudit audit, StaffRoleRepository staffRoles, AccountAdministration administration, TwoFactor twoFactor,
             StaffPermissions permissions, Clock clock) {
        this.permissions = permissions;
        this.administration = administration;
        this.twoFactor = twoFactor;
        this.accounts = accounts;
        this.policy = policy;
        this.encoder = encoder;
        this.sessions = sessions;
        this.audit = audit;
        this.staffRoles = staffRoles;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<AccountView> find(long id) {
        return accounts.findById(id).map(Account::view);
    }

    /** The accounts with these ids, by id, for lists that name their customers. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, AccountView> findAll(java.util.Collection<Long> ids) {
        java.util.Map<Long, AccountView> found = new java.util.HashMap<>();
        accounts.findAllById(ids).forEach(account -> found.put(account.view().id(), account.view()));
        return found;
    }

    @Transactional(readOnly = true)
    public Optional<AccountView> findByEmail(String email) {
        return accounts.findByEmail(Registration.normalizeEmail(email)).map(Account::view);
    }

    /** Up to {@code limit} accounts with ids above {@code after} that can be written to (not blocked, not deleted), by id. */
    @Transactional(readOnly = true)
    public java.util.List<AccountView> reachableAfter(long after, int limit) {
        return accounts.findByIdGreaterThanAndBlockedFalseAndDeletedAtIsNullAndEmailIsNotNullOrderById(after,
                org.springframework.data.domain.Limit.of(limit)).stream().map(Account::view).toList();
    }

    /** Admins who can be told about something that needs them (not blocked, not deleted). */
    @Transactional(readOnly = true)
    public java.util.List<AccountView> activeAdmins() {
        return accounts.findByRole(Role.ADMIN).stream().map(Account::view)
                .filter(admin -> !admin.blocked() && !admin.deleted() && admin.email() != null).toList();
    }

    /**
     * Staff who hold {@code permission} and can be told about something that needs them: an alert about servers goes
     * to those who may act on servers, not to an accountant.
     */
    @Transactional(readOnly = true)
    public java.util.List<AccountView> activeStaffWho(Permission permission) {
        return activeAdmins().stream().filter(staff -> permissions.may(staff.id(), permission)).toList();
    }

    @Transactional(readOnly = true)
    public boolean anyAdmin() {
        return accounts.existsByRole(Role.ADMIN);
    }

    /**
     * Creates an account whose address needs no verification, e.g. the first admin or one created on the
     * command line; {@link Role#ADMIN} makes it an Administrator. Throws {@link IllegalArgumentException} with a message key when the input is refused.
     */
    @Transactional
    public AccountView createVerified(String email, String firstName, String lastName, String password, Role role,
                                      String origin) {
        String normalized = Registration.normalizeEmail(email);
        if (!plausibleEmail(normalized)) {
            throw new IllegalArgumentException("register.emailInvalid");
        }
        if (firstName == null || firstName.isBlank() || lastName == null || lastName.isBlank()) {
            throw new IllegalArgumentException("register.nameRequired");
        }
        policy.problem(password).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        if (accounts.existsByEmail(normalized)) {
            throw new IllegalArgumentException("register.emailTaken");
        }
        Instant now = clock.instant();
        Account account = new Account(normalized, encoder.encode(password), firstName.strip(), lastName.strip(), role, now);
        account.markVerified(now);
        if (role == Role.ADMIN) {
            account.assignStaffRole(staffRoles.findByCode(StaffRole.BuiltIn.ADMINISTRATOR).orElseThrow().id(), now);
        }
        accounts.saveAndFlush(account);
        audit.self("account_created", account.id(), account.email(), null,
                "by " + origin + (role == Role.ADMIN ? " as an administrator" : " as a customer"));
        audit.publish(AccountAudit.activated(account));
        return account.view();
    }

    /** Something that looks like an address (the mail server is the real test), short enough for the column. */
    static boolean plausibleEmail(String normalized) {
        return normalized.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") && normalized.length() <= 254;
    }

    /**
     * Why the password policy refuses this password (a message key), or empty when it accepts it: for passwords set
     * elsewhere, such as the SFTP password of the account's Pterodactyl user.
     */
    public Optional<String> passwordProblem(String password) {
        return policy.problem(password);
    }

    /** Sets a password from the command line; every session of the account ends. */
    @Transactional
    public void setPassword(String email, String password) {
        Account account = accounts.findByEmail(Registration.normalizeEmail(email)).filter(a -> !a.deleted())
                .orElseThrow(() -> new IllegalArgumentException("account.unknown"));
        policy.problem(password).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        sessions.endAll(account, clock.instant());
        account.changePassword(encoder.encode(password), clock.instant());
        audit.self("password_set_by_cli", account.id(), account.email(), null, null);
        audit.publish(new AccountPasswordChanged(account.id(), account.email(), password));
    }

    /** Accounts for an admin's list or an API client, matching the term (name or e-mail), newest first. */
    public org.springframework.data.domain.Page<AccountView> search(String term,
                                                                     org.springframework.data.domain.Pageable pageable) {
        return administration.search(term, pageable);
    }

    /** Whether the account signs in with an authenticator app's codes as its second factor. */
    public boolean authenticatorEnabled(long accountId) {
        return twoFactor.enabled(accountId);
    }

    /**
     * Both factors again from someone signed in, before something that outlives their session (an admin API token);
     * a wrong password or code is a refusal naming the field, counted against the sign-in throttles.
     */
    public void reauthenticate(long accountId, String password, String code, String ip) {
        twoFactor.reauthenticate(accountId, password, code, ip);
    }

    /** The same search by keyset, for the API's pages. */
    public java.util.List<AccountView> search(String term, io.pteroca.panel.shared.Keyset page) {
        return administration.search(term, page);
    }

    /** A customer made by an admin (see the admin's user form), audited as the admin's act; returns the new id. */
    public long createByAdmin(CustomerForm form, long adminId, String adminEmail, String ip) {
        return administration.create(form, new AccountAudit.Actor(adminId, adminEmail, ip));
    }

    /** Blocks an account for an admin: its sessions end and it cannot sign in; audited as the admin's act. */
    public void blockByAdmin(long accountId, long adminId, String adminEmail, String ip) {
        administration.block(accountId, new AccountAudit.Actor(adminId, adminEmail, ip));
    }

    /** The account's staff role, or null for a customer. */
    public StaffRoleView staffRole(long accountId) {
        return administration.staffRole(accountId);
    }

    /** Every staff role, built-in ones first, for the role picker on a customer's page. */
    public java.util.List<StaffRoleView> staffRoles() {
        return administration.allStaffRoles();
    }

    /** Whether a session opened at {@code sessionVersion} may go on, and the account's language. */
    @Transactional(readOnly = true)
    public SessionState sessionState(long accountId, int sessionVersion) {
        return accounts.findById(accountId)
                .map(a -> new SessionState(!a.deleted() && !a.blocked() && a.sessionVersion() == sessionVersion, a.language()))
                .orElse(new SessionState(false, null));
    }

    /** The result of checking a session against its account. */
    public record SessionState(boolean valid, String language) {
    }

    /** Whether the account signs in with a second factor or a passkey (admin pages offer to reset them). */
    public boolean twoFactorEnabled(long accountId) {
        return twoFactor.resettable(accountId);
    }

    /**
     * Deletes an account for an admin (sessions end, the address is freed, audited as the admin's act); whatever the
     * account owns elsewhere is the caller's to end in the same transaction.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void deleteByAdmin(long accountId, long adminId, String adminEmail, String ip) {
        administration.delete(accountId, new AccountAudit.Actor(adminId, adminEmail, ip));
    }

    /**
     * Locks the account's row until the caller's transaction ends, so work that reads the account's history before
     * writing to it (e.g. "new accounts only" vouchers) runs one at a time per account. The row always exists, so
     * nothing is created under the lock and no second connection is needed.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void lockForUpdate(long accountId) {
        accounts.lockById(accountId);
    }
}
