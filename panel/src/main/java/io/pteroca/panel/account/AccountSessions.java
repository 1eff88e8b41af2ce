package io.pteroca.panel.account;

import io.pteroca.panel.shared.Tokens;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;

/**
 * The signed-in sessions of an account, as Spring Session stores them, with the device and address each was last
 * used from. A session is named on the page by a hash of its id, never by the id, which would sign anyone in.
 */
@Service
class AccountSessions {

    static final String DEVICE = "pteroca.session.device";
    static final String IP = "pteroca.session.ip";

    /** One session of the account, as the sessions page shows it. */
    public record ActiveSession(String handle, String device, String ip, Instant startedAt, Instant lastUsedAt, boolean current) {
    }

    /** Only a running web panel has one; the command line never lists or ends sessions. */
    private final org.springframework.beans.factory.ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;
    private final PersistentTokenRepository rememberMe;
    private final AccountAudit audit;

    AccountSessions(org.springframework.beans.factory.ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions,
                    PersistentTokenRepository rememberMe,
                    AccountAudit audit) {
        this.sessions = sessions;
        this.rememberMe = rememberMe;
        this.audit = audit;
    }

    /** Notes the device and address of a signed-in request on its session; writes only what changed. */
    void noteUse(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return;
        }
        String device = DeviceName.of(request.getHeader("User-Agent"));
        if (device != null && !device.equals(session.getAttribute(DEVICE))) {
            session.setAttribute(DEVICE, device);
        }
        String ip = request.getRemoteAddr();
        if (ip != null && !ip.equals(session.getAttribute(IP))) {
            session.setAttribute(IP, ip);
        }
    }

    List<ActiveSession> list(AccountPrincipal principal, String currentSessionId) {
        return owned(principal).entrySet().stream()
                .map(entry -> {
                    Session session = entry.getValue();
                    return new ActiveSession(handle(entry.getKey()), session.getAttribute(DEVICE), session.getAttribute(IP),
                            session.getCreationTime(), session.getLastAccessedTime(), entry.getKey().equals(currentSessionId));
                })
                .sorted(Comparator.comparing(ActiveSession::current).reversed()
                        .thenComparing(ActiveSession::lastUsedAt, Comparator.reverseOrder()))
                .toList();
    }

    /** Ends one other session of this account; false when it has no such session (or it is the current one). */
    boolean end(AccountPrincipal principal, String handle, String currentSessionId, String ip) {
        Optional<String> id = owned(principal).keySet().stream()
                .filter(candidate -> !candidate.equals(currentSessionId) && Tokens.constantTimeEquals(handle(candidate), handle))
                .findFirst();
        id.ifPresent(found -> {
            sessions.getObject().deleteById(found);
            audit.self("session_ended", principal.id(), principal.getUsername(), ip, null);
        });
        return id.isPresent();
    }

    /** Ends every other session of this account, and every remember-me login, which would start new ones. */
    int endOthers(AccountPrincipal principal, String currentSessionId, String ip) {
        List<String> others = owned(principal).keySet().stream().filter(id -> !id.equals(currentSessionId)).toList();
        others.forEach(sessions.getObject()::deleteById);
        rememberMe.removeUserTokens(principal.getUsername());
        audit.self("sessions_ended_others", principal.id(), principal.getUsername(), ip, others.size() + " sessions");
        return others.size();
    }

    /** Sessions indexed under the account's address whose principal really is this account. */
    private Map<String, Session> owned(AccountPrincipal principal) {
        Map<String, Session> found = new java.util.LinkedHashMap<>();
        sessions.getObject().findByPrincipalName(principal.getUsername()).forEach((id, session) -> {
            if (isOf(session, principal.id())) {
                found.put(id, session);
            }
        });
        return found;
    }

    private static boolean isOf(Session session, long accountId) {
        Object context = session.getAttribute("SPRING_SECURITY_CONTEXT");
        return context instanceof org.springframework.security.core.context.SecurityContext security
                && security.getAuthentication() != null
                && security.getAuthentication().getPrincipal() instanceof AccountPrincipal owner
                && Objects.equals(owner.id(), accountId);
    }

    static String handle(String sessionId) {
        return Tokens.sha256Hex(sessionId).substring(0, 32);
    }
}
