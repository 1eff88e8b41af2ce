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

    /** Domain events of accounts travel the same way as audit events. */
    void publish(Object domainEvent) {
        events.publishEvent(domainEvent);
    }

    static AccountActivated activated(Account account) {
        return new AccountActivated(account.id(), account.email(), account.firstName(), account.lastName());
    }

    void self(String action, Account account, String ip) {
        events.publishEvent(AuditEvent.bySelf(action, account.id(), account.email(), ip));
    }

    void self(String action, Long accountId, String email, String ip, String details) {
        events.publishEvent(new AuditEvent(action, accountId, email, null, null, ip, details));
    }

    void byAdmin(String action, Actor admin, Account subject, String details) {
        events.publishEvent(new AuditEvent(action, admin.id(), admin.email(), subject.id(),
                subject.email() != null ? subject.email() : subject.view().email(), admin.ip(), details));
    }

    /** Who performed an action and from where. */
    record Actor(Long id, String email, String ip) {
    }
}
