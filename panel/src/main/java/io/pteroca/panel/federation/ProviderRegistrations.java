package io.pteroca.panel.federation;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.config.oauth2.client.CommonOAuth2Provider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.stereotype.Component;

/**
 * The client registrations, built from the settings on every use, so an admin's change applies to the next sign-in
 * without a restart. Only what the OpenID Connect issuer publishes about itself (its discovery document) is kept,
 * per issuer URL.
 */
@Component
class ProviderRegistrations implements ClientRegistrationRepository {

    static final String REDIRECT_URI = "{baseUrl}/login/oauth2/code/{registrationId}";
    private static final Logger log = LoggerFactory.getLogger(ProviderRegistrations.class);

    private final ProviderSettings settings;
    private final Map<String, ClientRegistration> discovered = new ConcurrentHashMap<>();

    ProviderRegistrations(ProviderSettings settings) {
        this.settings = settings;
    }

    /** The registration of an enabled provider; null for an unknown or switched-off one, or an unreachable issuer. */
    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        return Provider.byId(registrationId).filter(settings::enabled).flatMap(this::build).orElse(null);
    }

    /** Where the provider's sign-in page lives (scheme, host and port), for the page whose form leads there. */
    Optional<String> authorizationOrigin(Provider provider) {
        return Optional.ofNullable(findByRegistrationId(provider.id())).map(registration -> {
            URI uri = URI.create(registration.getProviderDetails().getAuthorizationUri());
            return uri.getScheme() + "://" + uri.getRawAuthority();
        });
    }

    private Optional<ClientRegistration> build(Provider provider) {
        String clientId = settings.clientId(provider);
        String secret = settings.clientSecret(provider);
        ClientRegistration.Builder builder = switch (provider) {
            case GOOGLE -> CommonOAuth2Provider.GOOGLE.getBuilder(provider.id());
            case GITHUB -> CommonOAuth2Provider.GITHUB.getBuilder(provider.id()).scope("read:user", "user:email");
            case DISCORD -> ClientRegistration.withRegistrationId(provider.id())
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri(REDIRECT_URI)
                    .scope("identify", "email")
                    .authorizationUri("https://discord.com/oauth2/authorize")
                    .tokenUri("https://discord.com/api/oauth2/token")
                    .userInfoUri("https://discord.com/api/users/@me")
                    .userNameAttributeName("id");
            case OIDC -> {
                Optional<ClientRegistration> published = discover(settings.issuer());
                if (published.isEmpty()) {
                    yield null;
                }
                yield ClientRegistration.withClientRegistration(published.get());
            }
        };
        if (builder == null) {
            return Optional.empty();
        }
        return Optional.of(builder.clientId(clientId).clientSecret(secret).clientName(settings.displayName(provider)).build());
    }

    private Optional<ClientRegistration> discover(String issuer) {
        ClientRegistration known = discovered.get(issuer);
        if (known != null) {
            return Optional.of(known);
        }
        try {
            ClientRegistration published = ClientRegistrations.fromIssuerLocation(issuer)
                    .registrationId(Provider.OIDC.id())
                    .clientId("unset")
                    .redirectUri(REDIRECT_URI)
                    .scope("openid", "profile", "email")
                    .build();
            discovered.put(issuer, published);
            return Optional.of(published);
        } catch (RuntimeException unreachableOrInvalid) {
            log.warn("The OpenID Connect issuer {} could not be read: {}", issuer, unreachableOrInvalid.getMessage());
            return Optional.empty();
        }
    }
}
