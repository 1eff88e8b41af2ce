package io.pteroca.panel.api;

import io.pteroca.panel.audit.AuditEvent;
import io.pteroca.panel.shared.CurrentUser;
import java.util.Set;

/**
 * Who a bearer token stands for: the token (its id and the name its holder gave it), its account and the scopes it was
 * given. Audit lines of its actions name the token (see {@link #channel()}), never its secret.
 */
public record ApiCaller(long tokenId, String tokenName, long accountId, String email, Set<ApiScope> scopes)
        implements CurrentUser.Delegated {

    @Override
    public long id() {
        return accountId;
    }

    @Override
    public String channel() {
        return "API token " + tokenId + " \"" + tokenName + "\"";
    }

    public boolean has(ApiScope scope) {
        return scopes.contains(scope);
    }

    /** The audit line the admin page writes for the same action (the audit log adds that it came through this token). */
    AuditEvent audit(String action, String ip, String details) {
        return new AuditEvent(action, accountId, email, null, null, ip, details);
    }
}
