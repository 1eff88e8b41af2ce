package io.pteroca.panel.account;

import io.pteroca.panel.shared.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.switchuser.SwitchUserGrantedAuthority;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Sign in as" for support: the admin's session carries the customer's identity, with the admin's own sign-in kept
 * in a {@link SwitchUserGrantedAuthority} (Spring Security's marker for a switched user) so one click brings it back.
 * Both switches rotate the session id and the CSRF token and are audited with both identities; the session stays the
 * same stored session, so it works with sessions in the database.
 */
@Service
class Impersonation {

    static final String MARKER_ROLE = "ROLE_PREVIOUS_ADMINISTRATOR";
    static final int MAX_REASON = 500;

    private final AccountRepository accounts;
    private final AccountAudit audit;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final CsrfTokenRepository csrfTokens = new HttpSessionCsrfTokenRepository();

    Impersonation(AccountRepository accounts, AccountAudit audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    /** Who is really behind the current request when an admin signed in as a customer. */
    static Optional<AccountPrincipal> admin(Authentication authentication) {
        if (authentication == null) {
            return Optional.empty();
        }
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            if (authority instanceof SwitchUserGrantedAuthority switched
                    && switched.getSource().getPrincipal() instanceof AccountPrincipal admin) {
                return Optional.of(admin);
            }
        }
        return Optional.empty();
    }

    @Transactional
    public void start(long customerId, String reason, Authentication adminSignIn, HttpServletRequest request,
                      HttpServletResponse response) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON || why.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r')) {
            throw Refusal.onField("reason", "impersonation.reasonRequired", MAX_REASON);
        }
        if (admin(adminSignIn).isPresent() || !(adminSignIn.getPrincipal() instanceof AccountPrincipal adminPrincipal)) {
            throw Refusal.conflict("impersonation.already");
        }
        Account customer = accounts.findById(customerId).orElseThrow(() -> Refusal.notFound("account.unknown"));
        if (customer.id().equals(adminPrincipal.id()) || customer.role() != Role.USER) {
            throw Refusal.forbidden("impersonation.staffRefused");
        }
        if (customer.deleted() || customer.blocked()) {
            throw Refusal.conflict("impersonation.notActive");
        }
        AccountPrincipal principal = new AccountPrincipal(customer);
        principal.eraseCredentials();
        List<GrantedAuthority> authorities = new ArrayList<>(principal.getAuthorities());
        authorities.add(new SwitchUserGrantedAuthority(MARKER_ROLE, adminSignIn));
        switchTo(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities), request, response);
        audit.byAdmin("impersonation_started", actor(adminPrincipal, request), customer, why);
    }

    /** Back to the admin's own sign-in; returns the customer's id (where the admin came from). */
    @Transactional
    public long end(Authentication current, HttpServletRequest request, HttpServletResponse response) {
        AccountPrincipal admin = admin(current).orElseThrow(() -> Refusal.conflict("impersonation.notActive"));
        Authentication original = switchedFrom(current);
        AccountPrincipal customer = (AccountPrincipal) current.getPrincipal();
        switchTo(original, request, response);
        accounts.findById(customer.id()).ifPresent(account ->
                audit.byAdmin("impersonation_ended", actor(admin, request), account, null));
        return customer.id();
    }

    private static Authentication switchedFrom(Authentication current) {
        return current.getAuthorities().stream().filter(SwitchUserGrantedAuthority.class::isInstance)
                .map(a -> ((SwitchUserGrantedAuthority) a).getSource()).findFirst().orElseThrow();
    }

    private void switchTo(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        request.getSession();
        request.changeSessionId();
        csrfTokens.saveToken(null, request, response);
        contexts.saveContext(context, request, response);
    }

    static AccountAudit.Actor actor(AccountPrincipal admin, HttpServletRequest request) {
        return new AccountAudit.Actor(admin.id(), admin.getUsername(), request.getRemoteAddr());
    }
}
