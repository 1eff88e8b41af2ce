package io.pteroca.panel.api;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.audit.AuditEvent;
import io.pteroca.panel.shared.Refusal;
import io.pteroca.panel.shared.Tokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, lists, revokes and checks personal access tokens. A token is {@code ptca_} and 256 random bits, shown once;
 * only its SHA-256 is stored. Admin scopes are only for staff; what they reach is still their role's permissions.
 * <p>
 * A token never asks for a second factor, so an admin-scoped one would be a way around the staff two-factor rule:
 * admin scopes are given only to staff who have two-factor on, on the account page only after the password and a
 * fresh code, and they stop working the moment their holder's two-factor is turned off or reset.
 */
@Service
public class ApiTokens {

    static final String PREFIX = "ptca_";
    static final int MAX_PER_ACCOUNT = 25;
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApiTokens(ApiTokenRepository tokens, Accounts accounts, ApplicationEventPublisher events, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** A token made and its clear text, which nobody can see again. */
    public record Issued(long id, String token) {
    }

    /**
     * Creates a token on the account page: admin scopes only after the holder proves both factors again (their
     * password and a fresh two-factor code), as a session may be an old one left open on a shared computer.
     */
    public Issued createOnAccountPage(long accountId, String name, Set<ApiScope> scopes, Instant expiresAt, String password,
                                      String code, String ip) {
        if (scopes.stream().anyMatch(ApiScope::admin)) {
            requireTwoFactorForAdminScopes(accountId);
            accounts.reauthenticate(accountId, password, code, ip);
        }
        return create(accountId, name, scopes, expiresAt, ip, "the account page");
    }

    /**
     * Creates a token for the account; throws a {@link Refusal} naming the field when the name, scopes or expiry are
     * refused. {@code origin} goes into the audit line (the account page, the command line). The command line asks
     * for no password: whoever runs it already controls the panel's server.
     */
    @Transactional
    public Issued create(long accountId, String name, Set<ApiScope> scopes, Instant expiresAt, String ip, String origin) {
        AccountView account = accounts.find(accountId).filter(a -> !a.deleted() && !a.blocked())
                .orElseThrow(() -> Refusal.notFound("account.unknown"));
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > 100) {
            throw Refusal.onField("name", "api.tokens.nameRequired");
        }
        if (scopes.isEmpty()) {
            throw Refusal.onField("scopes", "api.tokens.scopesRequired");
        }
        if (!account.staff() && scopes.stream().anyMatch(ApiScope::admin)) {
            throw Refusal.onField("scopes", "api.tokens.adminScopesStaffOnly");
        }
        if (scopes.stream().anyMatch(ApiScope::admin)) {
            requireTwoFactorForAdminScopes(accountId);
        }
        Instant now = clock.instant();
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw Refusal.onField("expires", "api.tokens.expiryInPast");
        }
        if (tokens.findByUserIdOrderByIdDesc(accountId).stream().filter(t -> t.usable(now)).count() >= MAX_PER_ACCOUNT) {
            throw Refusal.onField("name", "api.tokens.tooMany", MAX_PER_ACCOUNT);
        }
        String token = PREFIX + Tokens.newToken();
        ApiToken saved = tokens.save(new ApiToken(accountId, cleanName, Tokens.sha256Hex(token),
                token.substring(0, PREFIX.length() + 4), scopes, now, expiresAt));
        events.publishEvent(new AuditEvent("api_token_created", accountId, account.email(), null, null, ip,
                cleanName + " (" + ApiScope.join(scopes) + ") by " + origin));
        return new Issued(saved.id(), token);
    }

    /** Whether this account may be given admin scopes now: staff with two-factor on. */
    @Transactional(readOnly = true)
    public boolean mayHaveAdminScopes(long accountId) {
        return accounts.find(accountId).map(AccountView::staff).orElse(false) && accounts.authenticatorEnabled(accountId);
    }

    private void requireTwoFactorForAdminScopes(long accountId) {
        if (!accounts.authenticatorEnabled(accountId)) {
            throw Refusal.onField("scopes", "api.tokens.adminNeedsTwoFactor");
        }
    }

    @Transactional(readOnly = true)
    public List<ApiTokenView> of(long accountId) {
        Instant now = clock.instant();
        return tokens.findByUserIdOrderByIdDesc(accountId).stream().map(token -> token.view(now)).toList();
    }

    /** Revokes one of the account's own tokens; another account's token is "not found". */
    @Transactional
    public void revoke(long accountId, long tokenId, String ip) {
        ApiToken token = tokens.findById(tokenId).filter(t -> t.userId() == accountId)
                .orElseThrow(() -> Refusal.notFound("api.tokens.unknown"));
        token.revoke(clock.instant());
        String email = accounts.find(accountId).map(AccountView::email).orElse(null);
        events.publishEvent(new AuditEvent("api_token_revoked", accountId, email, null, null, ip, token.view(clock.instant()).name()));
    }

    /**
     * The caller a bearer token stands for, if it is ours, not revoked or expired, and its account may sign in. Asked
     * by the API filter before any transaction; one nested in a caller's would wait for a second connection.
     */
    @Transactional
    public Optional<ApiCaller> authenticate(String bearer) {
        if (bearer == null || !bearer.startsWith(PREFIX) || bearer.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<ApiToken> token = tokens.findByTokenHash(Tokens.sha256Hex(bearer)).filter(t -> t.usable(now));
        if (token.isEmpty()) {
            return Optional.empty();
        }
        Optional<AccountView> account = accounts.find(token.get().userId()).filter(a -> !a.deleted() && !a.blocked());
        if (account.isEmpty()) {
            return Optional.empty();
        }
        // Most requests of a busy script come within the minute of the last one written down: they write nothing.
        Instant writtenBefore = now.minus(LAST_USED_PRECISION);
        if (token.get().lastUsedBefore(writtenBefore)) {
            tokens.touch(token.get().id(), now, writtenBefore);
        }
        // A token made while its holder was staff with two-factor loses its admin scopes once they no longer are or have.
        Set<ApiScope> scopes = token.get().scopes();
        if (scopes.stream().anyMatch(ApiScope::admin) && !(account.get().staff() && accounts.authenticatorEnabled(account.get().id()))) {
            scopes = scopes.stream().filter(scope -> !scope.admin()).collect(java.util.stream.Collectors.toSet());
        }
        return Optional.of(new ApiCaller(token.get().id(), token.get().name(), account.get().id(), account.get().email(), scopes));
    }
}
