package io.pteroca.panel.audit;

import io.pteroca.panel.shared.CurrentUser;
import org.springframework.security.core.Authentication;

/**
 * Something worth an audit-log line. Features publish it as an application event.
 *
 * @param action      what happened, e.g. {@code login_failed}
 * @param actorId     who did it (null for a visitor or the system)
 * @param actorEmail  the actor's e-mail at the time
 * @param subjectId   the account acted upon, when it is not the actor
 * @param subjectEmail that account's e-mail at the time
 * @param ip          the client address
 * @param details     a short plain-text detail; rendered escaped
 */
public record AuditEvent(String action, Long actorId, String actorEmail, Long subjectId, String subjectEmail,
                         String ip, String details) {

    /** An admin's action on something other than an account (a product, a voucher…). */
    public static AuditEvent byAdmin(String action, Authentication admin, String ip, String details) {
        return new AuditEvent(action, CurrentUser.id(admin), admin.getName(), null, null, ip, details);
    }

    public static AuditEvent bySelf(String action, Long userId, String email, String ip) {
        return new AuditEvent(action, userId, email, null, null, ip, null);
    }
}
