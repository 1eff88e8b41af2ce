package io.pteroca.panel.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;

/**
 * Remember-me that never outlives a password alone: an account with two-factor gets its remember-me cookie only once
 * the second step is done, so a cookie can never skip it.
 */
class SecondStepAwareRememberMe extends PersistentTokenBasedRememberMeServices {

    private final SecondStep secondStep;

    SecondStepAwareRememberMe(String key, UserDetailsService users, PersistentTokenRepository tokens, SecondStep secondStep) {
        super(key, users, tokens);
        this.secondStep = secondStep;
    }

    @Override
    protected void onLoginSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication.getPrincipal() instanceof AccountPrincipal principal && secondStep.needed(principal, request)) {
            return;
        }
        super.onLoginSuccess(request, response, authentication);
    }

    /** Issues the cookie the person asked for with their password, now that the second step is done too. */
    void rememberAfterSecondStep(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        super.onLoginSuccess(request, response, authentication);
    }
}
