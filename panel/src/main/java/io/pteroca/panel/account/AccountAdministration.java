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
    private final Clock clock;

    AccountAdministration(AccountRepository accounts, SessionTermination sessions, AccountAudit audit, Clock clock) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.audit = audit;
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
