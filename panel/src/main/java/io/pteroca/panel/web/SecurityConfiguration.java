package io.pteroca.panel.web;

import io.pteroca.panel.account.AccountSecurity;
import io.pteroca.panel.account.StaffPermissions;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/** Who may open what, sign-in and sign-out, CSRF and the security headers. CSRF cannot be switched off. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    /** Where payment providers post their signed notifications. */
    static final class GatewayWebhooks {
        static final String PATH = "/payments/*/webhook";

        private GatewayWebhooks() {
        }
    }

    private static final String[] PUBLIC = {
        "/", "/landing", "/store", "/store/**", "/theme-assets/**", "/login", "/login/second-factor",
        "/login/second-factor/cancel", "/register", "/reset-password",
        "/reset-password/**", "/verify-email", "/terms",
        "/setup", "/setup/**", "/error", "/media/**", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/favicon.svg",
        "/plugin-assets/**",
        "/actuator/health", "/actuator/health/**", GatewayWebhooks.PATH,
        // Demo mode's own pages (its mailbox, its stand-in for Stripe's checkout); nothing answers there outside the demo.
        "/demo/**"
    };

    /**
     * Requests are still timed as a whole ({@code http.server.requests}); timing each of the twenty security filters,
     * each sign-in and each permission check besides cost about a tenth of a cheap page's time.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccountSecurity accounts, StaffPermissions permissions,
            ContentSecurityPolicy csp,
            @org.springframework.beans.factory.annotation.Value("${pteroca.anonymous.max-request-size:256KB}")
            org.springframework.util.unit.DataSize anonymousBodyLimit) throws Exception {
        http
            .authorizeHttpRequests(requests -> requests
                // The store is open to visitors; ordering asks them to sign in or register, then brings them back.
                .requestMatchers("/store/products/*/order/**").authenticated()
                .requestMatchers(PUBLIC).permitAll()
                // Each admin page and action needs the permission the admin route table names for it.
                .requestMatchers(AdminRoutes.GUARDED).access(new AdminAuthorization(permissions))
                .anyRequest().authenticated())
            .formLogin(form -> form
                .loginPage("/login")
                .successHandler(accounts.loginSucceeded())
                .failureHandler(accounts.loginFailed())
                .permitAll())
            .rememberMe(remember -> remember.rememberMeServices(accounts.rememberMe()))
            .webAuthn(accounts.passkeys())
            .logout(logout -> logout
                .logoutUrl("/logout")
                .logoutSuccessHandler(accounts.loggedOut()))
            // Providers sign their notifications; a browser never posts there, so there is no session to protect.
            .csrf(csrf -> csrf.ignoringRequestMatchers(GatewayWebhooks.PATH))
            .addFilterAfter(accounts.sessionGuard(), SecurityContextHolderFilter.class)
            // After the session is known and before CSRF or anything else reads a body.
            .addFilterAfter(new AnonymousBodyLimit(anonymousBodyLimit.toBytes()), SecurityContextHolderFilter.class)
            .addFilterBefore(accounts.loginThrottle(), UsernamePasswordAuthenticationFilter.class)
            .addFilterBefore(accounts.passkeyEndpoints(), org.springframework.security.web.access.intercept.AuthorizationFilter.class)
            // Once remember-me may have signed the request in, and before anything is authorised.
            .addFilterAfter(accounts.twoFactorRequirement(), AnonymousAuthenticationFilter.class)
            .headers(headers -> headers
                .addHeaderWriter(csp)
                // Written with the CSP, so a response that allows our own pages to frame it can say so (X-Frame-Options: DENY otherwise).
                .frameOptions(frame -> frame.disable())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
