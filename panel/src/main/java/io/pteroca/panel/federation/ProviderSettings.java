package io.pteroca.panel.federation;

import io.pteroca.panel.setting.SettingDefinition;
import io.pteroca.panel.setting.SettingGroup;
import io.pteroca.panel.setting.SettingType;
import io.pteroca.panel.setting.Settings;
import io.pteroca.panel.setting.SettingsContributor;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Each provider's switch, client id and (encrypted) client secret; the OpenID Connect provider's issuer and name. */
@Component
class ProviderSettings implements SettingsContributor {

    /** One provider's three settings. */
    record Keys(SettingDefinition enabled, SettingDefinition clientId, SettingDefinition clientSecret) {
    }

    static final SettingDefinition OIDC_ISSUER = SettingDefinition.of("sign_in.oidc.issuer", SettingType.TEXT,
            SettingGroup.SECURITY, "", 74);
    static final SettingDefinition OIDC_NAME = SettingDefinition.of("sign_in.oidc.name", SettingType.TEXT,
            SettingGroup.SECURITY, "", 75);
    private static final Map<Provider, Keys> KEYS = new EnumMap<>(Provider.class);

    static {
        int order = 40;
        for (Provider provider : Provider.values()) {
            String prefix = "sign_in." + provider.id() + ".";
            KEYS.put(provider, new Keys(
                    SettingDefinition.of(prefix + "enabled", SettingType.BOOLEAN, SettingGroup.SECURITY, "false", order),
                    SettingDefinition.of(prefix + "client_id", SettingType.TEXT, SettingGroup.SECURITY, "", order + 1),
                    SettingDefinition.of(prefix + "client_secret", SettingType.SECRET, SettingGroup.SECURITY, "", order + 2)));
            order += 10;
        }
    }

    private final Settings settings;

    ProviderSettings(Settings settings) {
        this.settings = settings;
    }

    static Keys keys(Provider provider) {
        return KEYS.get(provider);
    }

    @Override
    public List<SettingDefinition> settings() {
        List<SettingDefinition> all = new ArrayList<>();
        KEYS.values().forEach(keys -> all.addAll(List.of(keys.enabled(), keys.clientId(), keys.clientSecret())));
        all.addAll(List.of(OIDC_ISSUER, OIDC_NAME));
        return all;
    }

    /** Switched on and given a client id (and, for OpenID Connect, an issuer). */
    boolean enabled(Provider provider) {
        Keys keys = KEYS.get(provider);
        return settings.getBoolean(keys.enabled()) && !clientId(provider).isBlank()
                && (provider != Provider.OIDC || !issuer().isBlank());
    }

    String clientId(Provider provider) {
        return settings.get(KEYS.get(provider).clientId()).strip();
    }

    String clientSecret(Provider provider) {
        return settings.get(KEYS.get(provider).clientSecret()).strip();
    }

    String issuer() {
        return settings.get(OIDC_ISSUER).strip();
    }

    /** What the sign-in button calls the provider: its brand, or for OpenID Connect the name set (else the issuer's host). */
    String displayName(Provider provider) {
        if (provider.brand() != null) {
            return provider.brand();
        }
        String name = settings.get(OIDC_NAME).strip();
        if (!name.isEmpty()) {
            return name;
        }
        try {
            String host = URI.create(issuer()).getHost();
            return host == null ? issuer() : host;
        } catch (IllegalArgumentException notAUri) {
            return issuer();
        }
    }
}
