package io.pteroca.panel.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

/**
 * Signs a visitor in right after they registered, the way the sign-in form would (new session id, new CSRF token,
 * audited), and sends them on to where they were going when sign-in was asked for, e.g. the order page of a product.
 */
@Component
class NewAccountSignIn {

    private final AccountUserDetailsService users;
    private final AccountAudit audit;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final CsrfTokenRepository csrfTokens = new HttpSessionCsrfTokenRepository();
    private final RequestCache interrupted = new HttpSessionRequestCache();

    NewAccountSignIn(AccountUserDetailsService users, AccountAudit audit) {
        this.users = users;
        this.audit = audit;
    }

    /** Returns the URL to continue at: the page that asked for sign-in, or the dashboard. */
    String signIn(String email, HttpServletRequest request, HttpServletResponse response) {
        AccountPrincipal principal = (AccountPrincipal) users.loadUserByUsername(email);
        signInAs(principal, request, response);
        audit.self("login", principal.id(), principal.getUsername(), request.getRemoteAddr(), null);
        return continueAt(request, response);
    }

    /** The page that asked for sign-in, or the dashboard. */
    String continueAt(HttpServletRequest request, HttpServletResponse response) {
        SavedRequest saved = interrupted.getRequest(request, response);
        return saved != null ? saved.getRedirectUrl() : "/";
    }

    /**
     * Signs the browser in as this account, as the sign-in form does: a new session id, a new CSRF token. Also ends
     * the second step of sign-in ({@link SecondStep}).
     */
    Authentication signInAs(AccountPrincipal principal, HttpServletRequest request, HttpServletResponse response) {
        principal.eraseCredentials();
        Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        request.getSession();
        request.changeSessionId();
        csrfTokens.saveToken(null, request, response);
        contexts.saveContext(context, request, response);
        return authentication;
    }

    /** Whether sign-in interrupted a visitor on their way to order a product. */
    boolean interruptedAnOrder(HttpServletRequest request, HttpServletResponse response) {
        SavedRequest saved = interrupted.getRequest(request, response);
        return saved != null && java.net.URI.create(saved.getRedirectUrl()).getPath().matches(".*/store/products/\\d+/order(/.*)?");
    }
}
