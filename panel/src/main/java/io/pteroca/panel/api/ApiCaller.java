package io.pteroca.panel.api;

import io.pteroca.panel.shared.CurrentUser;
import java.util.Set;

/** Who a bearer token stands for: the token, its account and the scopes it was given. */
public record ApiCaller(long tokenId, long accountId, String email, Set<ApiScope> scopes) implements CurrentUser.WithId {

    @Override
    public long id() {
        return accountId;
    }

    public boolean has(ApiScope scope) {
        return scopes.contains(scope);
    }

    /** The audit line the admin page writes for the same action, marked as made with this token. */
    io.pteroca.panel.audit.AuditEvent audit(String action, String ip, String details) {
        return new io.pteroca.panel.audit.AuditEvent(action, accountId, email, null, null, ip,
                details + " (API token " + tokenId + ")");
    }
}
