package io.pteroca.panel.federation;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.core.Authentication;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Adds sign-in with providers to the panel's security filter chain (Spring Security applies {@code Customizer<HttpSecurity>}
 * beans to it before the web feature's configuration): Spring's OAuth2 login with our registrations, our decisions
 * on its answers, and no access tokens kept — the panel only needs to know who signed in.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ProviderSignInSecurity {

    static final String AUTHORIZATION_BASE = "/oauth2/authorization";

    @Bean
    Customizer<HttpSecurity> providerSignInFilters(ProviderRegistrations registrations, ProviderSignIn decisions) {
        return http -> {
            try {
                http.authorizeHttpRequests(requests -> requests
                                .requestMatchers(ProviderSignInController.CONFIRM, ProviderSignInController.REGISTER,
                                        ProviderSignInController.CANCEL).permitAll())
                        .oauth2Login(login -> login
                                .loginPage("/login")
                                .clientRegistrationRepository(registrations)
                                .authorizedClientRepository(new NothingKept())
                                .authorizationEndpoint(endpoint -> endpoint
                                        .authorizationRequestResolver(new EnabledProvidersOnly(registrations)))
                                .userInfoEndpoint(userInfo -> userInfo.userService(new ProviderUserService()))
                                .successHandler(decisions)
                                .failureHandler(decisions));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /**
     * ID token decoders per registration as it is now: Spring's own factory keeps the first one per registration id,
     * which would keep checking tokens against an issuer the admin has since replaced.
     */
    @Bean
    JwtDecoderFactory<ClientRegistration> idTokenDecoders() {
        Map<String, JwtDecoder> decoders = new ConcurrentHashMap<>();
        return registration -> decoders.computeIfAbsent(String.join("|", registration.getRegistrationId(),
                        registration.getClientId(), String.valueOf(registration.getProviderDetails().getIssuerUri()),
                        registration.getProviderDetails().getJwkSetUri()),
                key -> new OidcIdTokenDecoderFactory().createDecoder(registration));
    }

    /**
     * Spring's resolver answers a switched-off or unknown provider with an error page (500); passing such a request
     * on lets it end as any unknown page does.
     */
    static final class EnabledProvidersOnly implements OAuth2AuthorizationRequestResolver {

        private final DefaultOAuth2AuthorizationRequestResolver resolver;
        private final ProviderRegistrations registrations;

        EnabledProvidersOnly(ProviderRegistrations registrations) {
            this.registrations = registrations;
            this.resolver = new DefaultOAuth2AuthorizationRequestResolver(registrations, AUTHORIZATION_BASE);
            // A stolen authorization code is useless without the verifier only this panel holds.
            resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        }

        @Override
        public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (!path.startsWith(AUTHORIZATION_BASE + "/")) {
                return null;
            }
            return resolve(request, path.substring(AUTHORIZATION_BASE.length() + 1));
        }

        @Override
        public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String registrationId) {
            if (registrationId == null || registrations.findByRegistrationId(registrationId) == null) {
                return null;
            }
            return resolver.resolve(request, registrationId);
        }
    }

    /** The provider's tokens are used once, to learn who signed in, and then dropped. */
    static final class NothingKept implements OAuth2AuthorizedClientRepository {

        @Override
        public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String clientRegistrationId, Authentication principal,
                                                                         HttpServletRequest request) {
            return null;
        }

        @Override
        public void saveAuthorizedClient(OAuth2AuthorizedClient authorizedClient, Authentication principal,
                                         HttpServletRequest request, HttpServletResponse response) {
        }

        @Override
        public void removeAuthorizedClient(String clientRegistrationId, Authentication principal, HttpServletRequest request,
                                           HttpServletResponse response) {
        }
    }
}
