package io.pteroca.panel.federation;

import java.io.Serial;
import java.io.Serializable;
import java.util.Map;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.core.user.OAuth2User;

/**
 * Who a provider says signed in: its stable id for the person and the e-mail address with whether the provider
 * checked it (OpenID Connect's {@code email_verified}, Discord's {@code verified}, GitHub's verified primary address).
 */
record ProviderIdentity(Provider provider, String subject, String email, boolean emailVerified, String firstName,
                        String lastName) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    /** Attributes our GitHub user service adds: GitHub's user object carries no verification state. */
    static final String GITHUB_EMAIL = "pteroca_verified_primary_email";

    static ProviderIdentity of(Provider provider, OAuth2User user) {
        Map<String, Object> claims = user.getAttributes();
        return switch (provider) {
            case GOOGLE, OIDC -> {
                OidcUser oidc = user instanceof OidcUser o ? o : null;
                String subject = oidc != null ? oidc.getSubject() : text(claims, "sub");
                boolean verified = truthy(oidc != null ? oidc.getClaims().get("email_verified") : claims.get("email_verified"));
                String[] names = names(text(claims, "given_name"), text(claims, "family_name"), text(claims, "name"));
                yield new ProviderIdentity(provider, subject, text(claims, "email"), verified, names[0], names[1]);
            }
            case DISCORD -> {
                String shown = text(claims, "global_name") != null ? text(claims, "global_name") : text(claims, "username");
                String[] names = names(null, null, shown);
                yield new ProviderIdentity(provider, text(claims, "id"), text(claims, "email"), truthy(claims.get("verified")),
                        names[0], names[1]);
            }
            case GITHUB -> {
                String shown = text(claims, "name") != null ? text(claims, "name") : text(claims, "login");
                String[] names = names(null, null, shown);
                String email = text(claims, GITHUB_EMAIL);
                yield new ProviderIdentity(provider, text(claims, "id"), email, email != null, names[0], names[1]);
            }
        };
    }

    /** Whether the address may be trusted to belong to the person (an absent one never is). */
    boolean trustedEmail() {
        return emailVerified && email != null && !email.isBlank();
    }

    private static String text(Map<String, Object> claims, String name) {
        Object value = claims.get(name);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    /** Some providers send {@code "true"} as a string. */
    private static boolean truthy(Object value) {
        return Boolean.TRUE.equals(value) || "true".equalsIgnoreCase(String.valueOf(value));
    }

    /** First and last name from the given and family names, else split from the full name; empty when unknown. */
    private static String[] names(String given, String family, String full) {
        if (given != null || family != null) {
            return new String[] {given == null ? "" : given, family == null ? "" : family};
        }
        if (full == null) {
            return new String[] {"", ""};
        }
        int space = full.lastIndexOf(' ');
        return space < 0 ? new String[] {full, ""} : new String[] {full.substring(0, space), full.substring(space + 1)};
    }
}
