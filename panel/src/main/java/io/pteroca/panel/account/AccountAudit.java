package io.pteroca.panel.account;

import io.pteroca.panel.audit.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Publishes the audit events of account actions. */
@Component
class AccountAudit {

    private final ApplicationEventPublisher events;

    AccountAudit(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** The account events that go with audit actions, so every call site that audits one also announces it. */
    private static final java.util.Map<String, AccountEvent.Kind> EVENTS = java.util.Map.ofEntries(
            java.util.Map.entry("registered", AccountEvent.Kind.REGISTERED),
            java.util.Map.entry("login", AccountEvent.Kind.SIGNED_IN),
            java.util.Map.entry("login_failed", AccountEvent.Kind.SIGN_IN_FAILED),
            java.util.Map.entry("logout", AccountEvent.Kind.SIGNED_OUT),
            java.util.Map.entry("password_reset_requested", AccountEvent.Kind.PASSWORD_RESET_REQUESTED),
            java.util.Map.entry("email_changed", AccountEvent.Kind.EMAIL_CHANGED),
            java.util.Map.entry("admin_blocked_user", AccountEvent.Kind.BLOCKED),
            java.util.Map.entry("admin_unblocked_user", AccountEvent.Kind.UNBLOCKED),
            java.util.Map.entry("admin_changed_role", AccountEvent.Kind.ROLE_CHANGED),
            java.util.Map.entry("admin_deleted_user", AccountEvent.Kind.DELETED));

    /** Domain events of accounts travel the same way as audit events. */
    void publish(Object domainEvent) {
        events.publishEvent(domainEvent);
    }

    static AccountActivated activated(Account account) {
        return new AccountActivated(account.id(), account.email(), account.firstName(), account.lastName());
    }

    void self(String action, Account account, String ip) {
        events.publishEvent(AuditEvent.bySelf(action, account.id(), account.email(), ip));
        announce(action, account.id(), account.email(), ip, null, null);
    }

    void self(String action, Long accountId, String email, String ip, String details) {
        events.publishEvent(new AuditEvent(action, accountId, email, null, null, ip, details));
        announce(action, accountId, email, ip, null, details);
    }

    void byAdmin(String action, Actor admin, Account subject, String details) {
        String email = subject.email() != null ? subject.email() : subject.view().email();
        events.publishEvent(new AuditEvent(action, admin.id(), admin.email(), subject.id(), email, admin.ip(), details));
        announce(action, subject.id(), email, admin.ip(), admin.id(), details);
    }

    private void announce(String action, Long accountId, String email, String ip, Long adminId, String details) {
        AccountEvent.Kind kind = EVENTS.get(action);
        if (kind != null) {
            events.publishEvent(new AccountEvent(kind, accountId, email, ip, adminId, details));
        }
    }

    /** Who performed an action and from where. */
    record Actor(Long id, String email, String ip) {
    }
}
