package io.pteroca.panel.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.WebAuthnConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationProvider;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sign-in with a passkey alone, through Spring Security's WebAuthn support. A passkey proves possession of a device
 * and (with user verification) a PIN or biometric, so it counts as both factors: no second step follows, and the
 * session satisfies the staff two-factor requirement. Blocked and deleted accounts are refused like at the form.
 */
@Component
class PasskeySignIn {

    private static final String SIGNED_IN_WITH_PASSKEY = PasskeySignIn.class.getName() + ".used";

    private final PasskeyRelyingParty relyingParty;
    private final AccountUserDetailsService users;
    private final NewAccountSignIn signIn;
    private final AccountAudit audit;
    private final JsonMapper json = JsonMapper.builder().build();

    PasskeySignIn(PasskeyRelyingParty relyingParty, AccountUserDetailsService users, NewAccountSignIn signIn, AccountAudit audit) {
        this.relyingParty = relyingParty;
        this.users = users;
        this.signIn = signIn;
        this.audit = audit;
    }

    /** Whether this session was signed in with a passkey. */
    static boolean signedInWithPasskey(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && Boolean.TRUE.equals(session.getAttribute(SIGNED_IN_WITH_PASSKEY));
    }

    Customizer<WebAuthnConfigurer<HttpSecurity>> configurer() {
        return webAuthn -> webAuthn
                .disableDefaultRegistrationPage(true)
                .withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
                    @Override
                    public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
                        filter.setAuthenticationManager(new ProviderManager(new AccountsOnly(
                                new WebAuthnAuthenticationProvider(relyingParty, users), users)));
                        filter.setAuthenticationSuccessHandler(PasskeySignIn.this::succeeded);
                        filter.setAuthenticationFailureHandler(PasskeySignIn.this::failed);
                        return filter;
                    }
                });
    }

    private void succeeded(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        AccountPrincipal principal = (AccountPrincipal) authentication.getPrincipal();
        // A new session id and CSRF token, as after the password form.
        signIn.signInAs(principal, request, response);
        request.getSession().setAttribute(SIGNED_IN_WITH_PASSKEY, Boolean.TRUE);
        audit.self("login", principal.id(), principal.getUsername(), request.getRemoteAddr(), "passkey");
        String target = signIn.continueAt(request, response);
        answer(response, HttpStatus.OK, Map.of("authenticated", true,
                "redirectUrl", target.startsWith("/") ? request.getContextPath() + target : target));
    }

    private void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        boolean blocked = exception instanceof LockedException;
        audit.self("login_failed", null, null, request.getRemoteAddr(), blocked ? "passkey, account blocked" : "passkey refused");
        answer(response, HttpStatus.UNAUTHORIZED, Map.of("authenticated", false, "reason", blocked ? "blocked" : "refused"));
    }

    private void answer(HttpServletResponse response, HttpStatus status, Map<String, Object> body) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.writeValue(response.getOutputStream(), body);
    }

    /** Spring's passkey check, then the account behind the passkey as the form would sign it in, if it still may. */
    static final class AccountsOnly implements AuthenticationProvider {

        private final AuthenticationProvider passkey;
        private final AccountUserDetailsService users;

        AccountsOnly(AuthenticationProvider passkey, AccountUserDetailsService users) {
            this.passkey = passkey;
            this.users = users;
        }

        @Override
        public Authentication authenticate(Authentication authentication) {
            Authentication verified = passkey.authenticate(authentication);
            String email = ((PublicKeyCredentialUserEntity) verified.getPrincipal()).getName();
            AccountPrincipal principal;
            try {
                principal = (AccountPrincipal) users.loadUserByUsername(email);
            } catch (UsernameNotFoundException gone) {
                throw new BadCredentialsException("no such account");
            }
            if (principal.blocked()) {
                throw new LockedException("account blocked");
            }
            return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return WebAuthnAuthenticationRequestToken.class.isAssignableFrom(authentication);
        }
    }
}
