package io.pteroca.panel.federation;

import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/** The enabled providers, for the sign-in and registration pages' buttons ({@code @signInProviders} in templates). */
@Component("signInProviders")
public class SignInProviders {

    /** A provider's button: where it leads and what it says. */
    public record Button(Provider provider, String name) {

        public String id() {
            return provider.id();
        }
    }

    private final ProviderSettings settings;

    SignInProviders(ProviderSettings settings) {
        this.settings = settings;
    }

    public List<Button> enabled() {
        return Arrays.stream(Provider.values()).filter(settings::enabled)
                .map(provider -> new Button(provider, settings.displayName(provider))).toList();
    }

    String name(Provider provider) {
        return settings.displayName(provider);
    }
}
