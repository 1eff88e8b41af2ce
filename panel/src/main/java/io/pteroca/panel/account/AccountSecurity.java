package io.pteroca.panel.account;

import io.pteroca.panel.shared.CurrentUser;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.WebAuthnConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.RememberMeServices;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.stereotype.Component;

/** The parts of sign-in that belong to accounts, handed to the web layer's security configuration. */
@Component
public class AccountSecurity {

    /** Remember-me tokens are random and stored; this key only tags the cookies as ours. */
    private static final String REMEMBER_ME_KEY = "pteroca-remember-me";
    private static final Duration REMEMBER_ME_VALIDITY = Duration.ofDays(14);

    private final Accounts accounts;
    private final SignInThrottle throttle;
    private final AccountAudit audit;
    private final AccountSettings settings;
    private final SecondStep secondStep;
    private final TwoFactorPolicy twoFactorPolicy;
    private final AccountSessions sessions;
    private final SecondStepAwareRememberMe rememberMe;
    private final PasskeySignIn passkeySignIn;
    private final ApplicationEventPublisher events;

    AccountSecurity(Accounts accounts, SignInThrottle throttle, AccountAudit audit, AccountUserDetailsService users,
                    PersistentTokenRepository rememberMeTokens, AccountSettings settings, SecondStep secondStep,
                    TwoFactorPolicy twoFactorPolicy, AccountSessions sessions, PasskeySignIn passkeySignIn,
                    ApplicationEventPublisher events) {
        this.passkeySignIn = passkeySignIn;
        this.events = events;
        this.settings = settings;
        this.accounts = accounts;
        this.throttle = throttle;
        this.audit = audit;
        this.secondStep = secondStep;
        this.twoFactorPolicy = twoFactorPolicy;
        this.sessions = sessions;
        this.rememberMe = new SecondStepAwareRememberMe(REMEMBER_ME_KEY, users, rememberMeTokens, secondStep);
        rememberMe.setTokenValiditySeconds((int) REMEMBER_ME_VALIDITY.toSeconds());
        rememberMe.setParameter("remember-me");
        // As the session cookie: sent along when following a link to the panel, not with other sites' requests.
        rememberMe.setCookieCustomizer(cookie -> cookie.setAttribute("SameSite", "Lax"));
    }

    public Filter sessionGuard() {
        return new SessionGuardFilter(accounts, sessions);
    }

    /** Sends staff without two-factor to its set-up page while the security settings require it; after sign-in. */
    public Filter twoFactorRequirement() {
        return new TwoFactorRequirementFilter(twoFactorPolicy);
    }

    /** Sign-in with a passkey alone, and passkeys registered from the security page (Spring Security's WebAuthn). */
    public Customizer<WebAuthnConfigurer<HttpSecurity>> passkeys() {
        return passkeySignIn.configurer();
    }

    /** Keeps passkey registration to the account itself, answering refused registrations with a 400. */
    public Filter passkeyEndpoints() {
        return new PasskeyEndpointsFilter(events);
    }

    public Filter loginThrottle() {
        return new LoginThrottleFilter(throttle);
    }

    public RememberMeServices rememberMe() {
        return rememberMe;
    }

    /** The remember-me cookie asked for with the password, issued once the second step is done too. */
    void rememberAfterSecondStep(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        rememberMe.rememberAfterSecondStep(request, response, authentication);
    }

    /** The hosts the configured captcha's widget loads from, for the content security policy; empty without one. */
    public String captchaSources() {
        return settings.captchaProvider().widgetSources();
    }

    public AuthenticationSuccessHandler loginSucceeded() {
        SavedRequestAwareAuthenticationSuccessHandler redirect = new SavedRequestAwareAuthenticationSuccessHandler();
        redirect.setDefaultTargetUrl("/");
        return (request, response, authentication) -> {
            AccountPrincipal principal = (AccountPrincipal) authentication.getPrincipal();
            throttle.succeeded(principal.getUsername(), request.getRemoteAddr());
            if (secondStep.needed(principal, request)) {
                secondStep.begin(request, principal);
                response.sendRedirect(request.getContextPath() + "/login/second-factor");
                return;
            }
            audit.self("login", principal.id(), principal.getUsername(), request.getRemoteAddr(), null);
            redirect.onAuthenticationSuccess(request, response, authentication);
        };
    }

    public AuthenticationFailureHandler loginFailed() {
        return (request, response, exception) -> {
            String email = request.getParameter("username");
            if (exception instanceof BoundedPasswordEncoder.Busy) {
                // Not a guess: the password was never checked, so it counts against no one.
                response.sendRedirect(request.getContextPath() + "/login?busy");
                return;
            }
            if (!(exception instanceof LockedException)) {
                throttle.failed(email, request.getRemoteAddr());
            }
            audit.self("login_failed", null, truncate(email), request.getRemoteAddr(),
                    exception instanceof LockedException ? "account blocked" : "bad credentials");
            String reason = exception instanceof LockedException ? "blocked" : "error";
            response.sendRedirect(request.getContextPath() + "/login?" + reason);
        };
    }

    public LogoutSuccessHandler loggedOut() {
        return (request, response, authentication) -> {
            if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
                audit.self("logout", principal.id(), principal.getUsername(), clientIp(request), null);
            }
            response.sendRedirect(request.getContextPath() + "/login?logout");
        };
    }

    /** The signed-in account's language tag, when it chose one (set by the session guard). */
    public static String accountLanguage(HttpServletRequest request) {
        return (String) request.getAttribute(SessionGuardFilter.LANGUAGE_ATTRIBUTE);
    }

    public static Long accountId(Authentication authentication) {
        return CurrentUser.id(authentication);
    }

    private static String clientIp(HttpServletRequest request) {
        return request.getRemoteAddr();
    }

    private static String truncate(String value) {
        if (value == null) {
            return null;
        }
        return value.length() > 254 ? value.substring(0, 254) : value;
    }
}
