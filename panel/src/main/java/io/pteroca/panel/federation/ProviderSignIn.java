package io.pteroca.panel.federation;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.ExternalSignIn;
import io.pteroca.panel.audit.AuditEvent;
import io.pteroca.panel.shared.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Decides what a provider's answer leads to. Spring Security has checked it (state, code, the ID token's signature,
 * issuer, audience and nonce); the browser is never left signed in as the provider's user, only as an account:
 * <ul>
 *   <li>a link the signed-in account asked for is made, and that sign-in restored;</li>
 *   <li>an identity linked before signs its account in (with the second step where the account has one);</li>
 *   <li>an unverified address is refused;</li>
 *   <li>a verified address of an existing account waits for that account's password, never linking by itself;</li>
 *   <li>anything else goes to the registration form.</li>
 * </ul>
 */
@Component
class ProviderSignIn implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    static final String SIGN_IN_METHODS = "/account/sign-in-methods";

    private final LinkedIdentities identities;
    private final ExternalSignIn external;
    private final PendingProviderSignIn pending;
    private final ApplicationEventPublisher events;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final SessionFlashMapManager flash = new SessionFlashMapManager();

    ProviderSignIn(LinkedIdentities identities, ExternalSignIn external, PendingProviderSignIn pending,
                   ApplicationEventPublisher events) {
        this.identities = identities;
        this.external = external;
        this.pending = pending;
        this.events = events;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        OAuth2AuthenticationToken token = (OAuth2AuthenticationToken) authentication;
        Provider provider = Provider.byId(token.getAuthorizedClientRegistrationId()).orElseThrow();
        ProviderIdentity identity = ProviderIdentity.of(provider, token.getPrincipal());
        Optional<PendingProviderSignIn.Linking> linking = pending.takeLinking(request);
        forgetProviderSignIn(request);
        if (linking.isPresent()) {
            finishLinking(request, response, linking.get(), identity);
            return;
        }
        String ip = request.getRemoteAddr();
        Optional<Long> linked = identities.accountOf(identity);
        if (linked.isPresent()) {
            redirect(request, response, signIn(request, response, linked.get(), provider));
            return;
        }
        if (identity.subject() == null || !identity.trustedEmail()) {
            events.publishEvent(new AuditEvent("login_failed", null, identity.email(), null, null, ip,
                    provider.id() + ": e-mail address not verified by the provider"));
            redirect(request, response, "/login?providerUnverified");
            return;
        }
        Optional<AccountView> existing = external.findByEmail(identity.email());
        if (existing.isPresent()) {
            if (existing.get().blocked()) {
                redirect(request, response, "/login?blocked");
                return;
            }
            pending.awaitPassword(request, identity, existing.get().id());
            redirect(request, response, ProviderSignInController.CONFIRM);
            return;
        }
        pending.awaitRegistration(request, identity);
        redirect(request, response, ProviderSignInController.REGISTER);
    }

    /** A refused answer: a tampered or replayed state, a wrong nonce, a provider error, the person said no. */
    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        String code = failure instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode() : "failed";
        events.publishEvent(new AuditEvent("login_failed", null, null, null, null, request.getRemoteAddr(),
                "sign-in provider: " + code));
        if (pending.takeLinking(request).isPresent()) {
            // The account's own sign-in is still in the session: back to its list of providers, with the reason.
            flash(request, response, "error", "signInMethods.providerFailed");
            redirect(request, response, SIGN_IN_METHODS);
            return;
        }
        redirect(request, response, "/login?providerFailed");
    }

    /** Signs the account in (or starts its second step); returns where to go next. */
    String signIn(HttpServletRequest request, HttpServletResponse response, long accountId, Provider provider) {
        try {
            return external.signIn(accountId, "with " + provider.id(), request, response);
        } catch (Refusal blockedOrDeleted) {
            return "/login?blocked";
        }
    }

    private void finishLinking(HttpServletRequest request, HttpServletResponse response, PendingProviderSignIn.Linking linking,
                               ProviderIdentity identity) throws IOException {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(linking.signedIn());
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        try {
            if (identity.provider() != linking.provider()) {
                throw Refusal.conflict("signInMethods.providerFailed");
            }
            identities.link(linking.accountId(), identity, request.getRemoteAddr());
            flash(request, response, "success", "signInMethods.linked");
        } catch (Refusal refused) {
            flash(request, response, "error", refused.messageKey());
        }
        redirect(request, response, SIGN_IN_METHODS);
    }

    /** Spring Security signed the browser in as the provider's user; only an account may be signed in here. */
    private static void forgetProviderSignIn(HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        }
    }

    private void flash(HttpServletRequest request, HttpServletResponse response, String name, String messageKey) {
        FlashMap message = new FlashMap();
        message.put(name, messageKey);
        message.setTargetRequestPath(request.getContextPath() + SIGN_IN_METHODS);
        flash.saveOutputFlashMap(message, request, response);
    }

    /** To a path of the panel, or to the full URL of the page that asked for sign-in. */
    private static void redirect(HttpServletRequest request, HttpServletResponse response, String target) throws IOException {
        response.sendRedirect(target.startsWith("/") ? request.getContextPath() + target : target);
    }
}
