package io.pteroca.panel.account;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;

/** For other features: the open sessions of an account, from the sessions table by the account's e-mail (its principal name). */
@Service
public class OpenSessions {

    /** One open session; {@code support} when it is an admin signed in as the account. */
    public record SessionLine(Instant createdAt, Instant lastAccessedAt, boolean support) {
    }

    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;
    private final AccountRepository accounts;

    OpenSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions, AccountRepository accounts) {
        this.sessions = sessions;
        this.accounts = accounts;
    }

    public List<SessionLine> of(long accountId) {
        FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
        String email = accounts.findById(accountId).map(Account::email).orElse(null);
        if (repository == null || email == null) {
            return List.of();
        }
        return repository.findByPrincipalName(email).values().stream().filter(session -> !session.isExpired())
                .map(session -> new SessionLine(session.getCreationTime(), session.getLastAccessedTime(), support(session)))
                .sorted(Comparator.comparing(SessionLine::lastAccessedAt).reversed()).toList();
    }

    private static boolean support(Session session) {
        Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return context instanceof SecurityContext security && Impersonation.admin(security.getAuthentication()).isPresent();
    }
}
