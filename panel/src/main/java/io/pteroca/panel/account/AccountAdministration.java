package io.pteroca.panel.account;

import io.pteroca.panel.shared.Refusal;
import java.time.Clock;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/** What admins do to accounts; every action is audited. */
@Service
class AccountAdministration {

    private final AccountRepository accounts;
    private final SessionTermination sessions;
    private final AccountAudit audit;
    private final StaffRoles roles;
    private final StaffPermissions permissions;
    private final Clock clock;

    AccountAdministration(AccountRepository accounts, SessionTermination sessions, AccountAudit audit, StaffRoles roles,
                          StaffPermissions permissions, Clock clock) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.audit = audit;
        this.roles = roles;
        this.permissions = permissions;
        this.clock = clock;
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
