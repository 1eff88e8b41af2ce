package io.pteroca.panel.federation;

import io.pteroca.panel.setting.SettingGroup;
import io.pteroca.panel.setting.SettingsPanel;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Settings → Security: the redirect URL to register at each sign-in provider, built from the address the admin reached
 * the panel at, exactly as the panel will send it (so a reverse proxy that hides the public address shows here too).
 */
@Component
class ProviderRedirectPanel implements SettingsPanel {

    /** One provider's redirect URL; {@code brand} is null for the OpenID Connect provider, which has no brand. */
    record Redirect(String id, String brand, String url) {
    }

    @Override
    public SettingGroup group() {
        return SettingGroup.SECURITY;
    }

    @Override
    public String template() {
        return "federation/redirect-panel";
    }

    @Override
    public void addTo(Model model) {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        List<Redirect> redirects = Arrays.stream(Provider.values())
                .map(provider -> new Redirect(provider.id(), provider.brand(),
                        ProviderRegistrations.REDIRECT_URI.replace("{baseUrl}", base).replace("{registrationId}", provider.id())))
                .toList();
        model.addAttribute("providerRedirects", redirects);
    }
}
