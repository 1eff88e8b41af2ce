package io.pteroca.panel.federation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The sign-in providers the panel knows; the id is the one in the redirect URL the provider is told about. */
public enum Provider {
    DISCORD("Discord"), GOOGLE("Google"), GITHUB("GitHub"), OIDC(null);

    /** The provider's own name (a brand, the same in every language); the OpenID Connect one is named in its settings. */
    private final String brand;

    Provider(String brand) {
        this.brand = brand;
    }

    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    String brand() {
        return brand;
    }

    static Optional<Provider> byId(String id) {
        return Arrays.stream(values()).filter(provider -> provider.id().equals(id)).findFirst();
    }
}
