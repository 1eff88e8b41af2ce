package io.pteroca.panel.federation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.userinfo.DefaultOAuth2UserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Reads who signed in from providers without OpenID Connect (Discord, GitHub). GitHub's user object has no
 * verification state, so its verified primary address is asked for separately.
 */
class ProviderUserService implements OAuth2UserService<OAuth2UserRequest, OAuth2User> {

    static final String GITHUB_EMAILS = "https://api.github.com/user/emails";

    private final DefaultOAuth2UserService users = new DefaultOAuth2UserService();
    private final RestClient http = RestClient.create();

    @Override
    public OAuth2User loadUser(OAuth2UserRequest request) {
        OAuth2User user = users.loadUser(request);
        if (!Provider.GITHUB.id().equals(request.getClientRegistration().getRegistrationId())) {
            return user;
        }
        Map<String, Object> attributes = new HashMap<>(user.getAttributes());
        verifiedPrimaryEmail(request).ifPresent(email -> attributes.put(ProviderIdentity.GITHUB_EMAIL, email));
        return new DefaultOAuth2User(user.getAuthorities(), attributes, "id");
    }

    private java.util.Optional<String> verifiedPrimaryEmail(OAuth2UserRequest request) {
        try {
            List<Map<String, Object>> emails = http.get().uri(GITHUB_EMAILS)
                    .accept(MediaType.APPLICATION_JSON)
                    .header("Authorization", "Bearer " + request.getAccessToken().getTokenValue())
                    .retrieve()
                    .body(new ParameterizedTypeReference<>() { });
            return emails == null ? java.util.Optional.empty() : primaryVerified(emails);
        } catch (RestClientException unreachable) {
            throw new OAuth2AuthenticationException(new OAuth2Error("invalid_user_info_response"), unreachable);
        }
    }

    static java.util.Optional<String> primaryVerified(List<Map<String, Object>> emails) {
        return emails.stream()
                .filter(entry -> Boolean.TRUE.equals(entry.get("primary")) && Boolean.TRUE.equals(entry.get("verified")))
                .map(entry -> String.valueOf(entry.get("email")))
                .findFirst();
    }
}
