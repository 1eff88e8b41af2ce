package io.pteroca.panel.setting;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** The General settings every feature may read: where the panel lives, what it is called, its language. */
@Component
public class SiteSettings implements SettingsContributor {

    /** Language tags of the bundled translations; a region only where the translation is regional. */
    public static final List<String> LANGUAGES = List.of("en", "pl", "de", "fr", "es", "pt-BR", "it", "nl", "cs", "uk",
            "tr", "zh-CN");

    static final SettingDefinition URL = SettingDefinition.of("site.url", SettingType.URL, SettingGroup.GENERAL,
            "http://localhost:8080", 10);
    static final SettingDefinition TITLE = SettingDefinition.of("site.title", SettingType.TEXT, SettingGroup.GENERAL,
            "PteroCA", 20);
    static final SettingDefinition LANGUAGE = SettingDefinition.select("site.language", SettingGroup.GENERAL, "en", 30,
            LANGUAGES);
    static final SettingDefinition LOGO_URL = SettingDefinition.of("site.logo_url", SettingType.URL, SettingGroup.GENERAL, "", 40);
    static final SettingDefinition FAVICON_URL = SettingDefinition.of("site.favicon_url", SettingType.URL, SettingGroup.GENERAL,
            "", 50);

    /** Paths of uploaded images; when set they win over the URL settings above. */
    static final SettingDefinition LOGO_IMAGE = SettingDefinition.of("site.logo_image", SettingType.TEXT, SettingGroup.SYSTEM, "", 0);
    static final SettingDefinition FAVICON_IMAGE = SettingDefinition.of("site.favicon_image", SettingType.TEXT,
            SettingGroup.SYSTEM, "", 0);

    private final Settings settings;

    SiteSettings(Settings settings) {
        this.settings = settings;
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(URL, TITLE, LANGUAGE, LOGO_URL, FAVICON_URL, LOGO_IMAGE, FAVICON_IMAGE);
    }

    /** Without a trailing slash. */
    public String url() {
        return settings.get(URL);
    }

    /** True once an admin saved a site URL (the default only suits a local trial). */
    public boolean isConfigured() {
        return settings.isSet(URL);
    }

    public String title() {
        return settings.get(TITLE);
    }

    public Locale defaultLocale() {
        return Locale.forLanguageTag(settings.get(LANGUAGE));
    }

    public String logoUrl() {
        String uploaded = settings.get(LOGO_IMAGE);
        return uploaded.isEmpty() ? settings.get(LOGO_URL) : uploaded;
    }

    public String faviconUrl() {
        String uploaded = settings.get(FAVICON_IMAGE);
        return uploaded.isEmpty() ? settings.get(FAVICON_URL) : uploaded;
    }

    public void configure(String url, String title, String language) {
        settings.setAll(java.util.Map.of(URL, url, TITLE, title, LANGUAGE, language));
    }

    /**
     * The supported language for the tag, or null: the exact language and region if we have it, else our translation
     * of the language (a browser asking for pt-PT or zh-TW reads pt-BR or zh-CN rather than English). The locale's
     * {@link Locale#toLanguageTag()} is one of {@link #LANGUAGES}.
     */
    public static Locale supported(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return null;
        }
        Locale asked = Locale.forLanguageTag(languageTag.strip().replace('_', '-'));
        String exact = asked.getCountry().isEmpty() ? asked.getLanguage() : asked.getLanguage() + "-" + asked.getCountry();
        for (String tag : LANGUAGES) {
            if (tag.equalsIgnoreCase(exact)) {
                return Locale.forLanguageTag(tag);
            }
        }
        for (String tag : LANGUAGES) {
            if (!asked.getLanguage().isEmpty() && Locale.forLanguageTag(tag).getLanguage().equals(asked.getLanguage())) {
                return Locale.forLanguageTag(tag);
            }
        }
        return null;
    }
}
