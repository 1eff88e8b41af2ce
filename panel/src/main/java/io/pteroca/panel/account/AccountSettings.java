package io.pteroca.panel.account;

import io.pteroca.panel.setting.SettingDefinition;
import io.pteroca.panel.setting.SettingGroup;
import io.pteroca.panel.setting.SettingType;
import io.pteroca.panel.setting.Settings;
import io.pteroca.panel.setting.SettingsContributor;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Registration and sign-in settings, typed. */
@Component
public class AccountSettings implements SettingsContributor {

    static final SettingDefinition VERIFICATION = SettingDefinition.select("security.email_verification", SettingGroup.SECURITY,
            "optional", 10, List.of("disabled", "optional", "required"));
    static final SettingDefinition REGISTRATION_OPEN = SettingDefinition.of("security.registration_open", SettingType.BOOLEAN,
            SettingGroup.SECURITY, "true", 15);
    static final SettingDefinition CAPTCHA_PROVIDER = SettingDefinition.select("security.captcha.provider", SettingGroup.SECURITY,
            "none", 20, List.of("none", "turnstile", "recaptcha"));
    static final SettingDefinition CAPTCHA_SITE_KEY = SettingDefinition.of("security.captcha.site_key", SettingType.TEXT,
            SettingGroup.SECURITY, "", 21);
    static final SettingDefinition CAPTCHA_SECRET = SettingDefinition.of("security.captcha.secret_key", SettingType.SECRET,
            SettingGroup.SECURITY, "", 22);
    static final SettingDefinition TWO_FACTOR_FOR_STAFF = SettingDefinition.of("security.two_factor_required_for_staff",
            SettingType.BOOLEAN, SettingGroup.SECURITY, "false", 25);
    static final SettingDefinition TERMS = SettingDefinition.of("security.terms_of_service", SettingType.HTML,
            SettingGroup.SECURITY, "", 30);

    private final Settings settings;

    AccountSettings(Settings settings) {
        this.settings = settings;
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(VERIFICATION, REGISTRATION_OPEN, CAPTCHA_PROVIDER, CAPTCHA_SITE_KEY, CAPTCHA_SECRET, TWO_FACTOR_FOR_STAFF, TERMS);
    }

    public VerificationMode verificationMode() {
        return VerificationMode.valueOf(settings.get(VERIFICATION).toUpperCase(Locale.ROOT));
    }

    public boolean registrationOpen() {
        return settings.getBoolean(REGISTRATION_OPEN);
    }

    CaptchaProvider captchaProvider() {
        return CaptchaProvider.valueOf(settings.get(CAPTCHA_PROVIDER).toUpperCase(Locale.ROOT));
    }

    String captchaSiteKey() {
        return settings.get(CAPTCHA_SITE_KEY);
    }

    String captchaSecret() {
        return settings.get(CAPTCHA_SECRET);
    }

    /** Whether every staff account must sign in with two factors. */
    boolean twoFactorRequiredForStaff() {
        return settings.getBoolean(TWO_FACTOR_FOR_STAFF);
    }

    /** Sanitised when it was saved. */
    public String termsOfService() {
        return settings.get(TERMS);
    }
}
