package io.pteroca.panel.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;

/** What each provider's answer says about the address: only a verified one is trusted. */
class ProviderIdentityTest {

    @Test
    void discordTrustsItsVerifiedFlagOnly() {
        ProviderIdentity verified = discord(Map.of("id", "80351110224678912", "email", "nelly@example.test", "verified", true,
                "username", "nelly", "global_name", "Nelly Nightly"));
        assertThat(verified.trustedEmail()).isTrue();
        assertThat(verified.subject()).isEqualTo("80351110224678912");
        assertThat(verified.firstName()).isEqualTo("Nelly");
        assertThat(verified.lastName()).isEqualTo("Nightly");
        assertThat(discord(Map.of("id", "1", "email", "nelly@example.test", "verified", false, "username", "n")).trustedEmail())
                .isFalse();
        assertThat(discord(Map.of("id", "1", "verified", true, "username", "n")).trustedEmail()).as("no address").isFalse();
    }

    @Test
    void gitHubTrustsOnlyAVerifiedPrimaryAddress() {
        List<Map<String, Object>> emails = List.of(
                Map.of("email", "old@example.test", "primary", false, "verified", true),
                Map.of("email", "main@example.test", "primary", true, "verified", true));
        assertThat(ProviderUserService.primaryVerified(emails)).contains("main@example.test");
        assertThat(ProviderUserService.primaryVerified(List.of(Map.of("email", "main@example.test", "primary", true,
                "verified", false)))).isEmpty();
        ProviderIdentity withEmail = ProviderIdentity.of(Provider.GITHUB, user(Map.of("id", 583231, "login", "octocat",
                ProviderIdentity.GITHUB_EMAIL, "main@example.test")));
        assertThat(withEmail.trustedEmail()).isTrue();
        assertThat(withEmail.subject()).isEqualTo("583231");
        assertThat(ProviderIdentity.of(Provider.GITHUB, user(Map.of("id", 583231, "login", "octocat"))).trustedEmail()).isFalse();
    }

    @Test
    void openIdConnectReadsEmailVerifiedAsABooleanOrAString() {
        assertThat(ProviderIdentity.of(Provider.OIDC, user(Map.of("id", "x", "sub", "s", "email", "a@example.test",
                "email_verified", "true"))).trustedEmail()).isTrue();
        assertThat(ProviderIdentity.of(Provider.OIDC, user(Map.of("id", "x", "sub", "s", "email", "a@example.test")))
                .trustedEmail()).as("absent means not verified").isFalse();
    }

    private static ProviderIdentity discord(Map<String, Object> attributes) {
        return ProviderIdentity.of(Provider.DISCORD, user(attributes));
    }

    private static DefaultOAuth2User user(Map<String, Object> attributes) {
        return new DefaultOAuth2User(List.of(new SimpleGrantedAuthority("OAUTH2_USER")), attributes, "id");
    }
}
