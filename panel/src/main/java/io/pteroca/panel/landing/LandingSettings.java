package io.pteroca.panel.landing;

import io.pteroca.panel.setting.SettingDefinition;
import io.pteroca.panel.setting.SettingGroup;
import io.pteroca.panel.setting.SettingType;
import io.pteroca.panel.setting.Settings;
import io.pteroca.panel.setting.SettingsContributor;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Settings → Landing page: whether visitors get one at {@code /} (else the store), and its texts and sections.
 * An empty text shows the built-in one in the visitor's language.
 */
@Component
class LandingSettings implements SettingsContributor {

    static final SettingDefinition ENABLED = SettingDefinition.of("landing.enabled", SettingType.BOOLEAN, SettingGroup.LANDING,
            "true", 10);
    static final SettingDefinition HEADLINE = SettingDefinition.of("landing.headline", SettingType.TEXT, SettingGroup.LANDING,
            "", 20);
    static final SettingDefinition TAGLINE = SettingDefinition.of("landing.tagline", SettingType.TEXTAREA, SettingGroup.LANDING,
            "", 30);
    static final SettingDefinition CTA_LABEL = SettingDefinition.of("landing.cta_label", SettingType.TEXT, SettingGroup.LANDING,
            "", 40);
    static final SettingDefinition CTA_TARGET = SettingDefinition.select("landing.cta_target", SettingGroup.LANDING, "store", 50,
            List.of("store", "register"));
    static final SettingDefinition SHOW_FEATURED = SettingDefinition.of("landing.show_featured", SettingType.BOOLEAN,
            SettingGroup.LANDING, "true", 60);
    static final SettingDefinition FEATURED = SettingDefinition.of("landing.featured_products", SettingType.ID_LIST,
            SettingGroup.LANDING, "", 70);
    static final SettingDefinition SHOW_CATEGORIES = SettingDefinition.of("landing.show_categories", SettingType.BOOLEAN,
            SettingGroup.LANDING, "true", 80);
    static final SettingDefinition SHOW_SELLING_POINTS = SettingDefinition.of("landing.show_selling_points", SettingType.BOOLEAN,
            SettingGroup.LANDING, "true", 90);
    static final SettingDefinition SELLING_POINTS = SettingDefinition.of("landing.selling_points", SettingType.TEXTAREA,
            SettingGroup.LANDING, "", 100);
    static final SettingDefinition SHOW_FAQ = SettingDefinition.of("landing.show_faq", SettingType.BOOLEAN, SettingGroup.LANDING,
            "true", 110);
    static final SettingDefinition FAQ = SettingDefinition.of("landing.faq", SettingType.TEXTAREA, SettingGroup.LANDING, "", 120);

    private final Settings settings;

    LandingSettings(Settings settings) {
        this.settings = settings;
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(ENABLED, HEADLINE, TAGLINE, CTA_LABEL, CTA_TARGET, SHOW_FEATURED, FEATURED, SHOW_CATEGORIES,
                SHOW_SELLING_POINTS, SELLING_POINTS, SHOW_FAQ, FAQ);
    }

    boolean enabled() {
        return settings.getBoolean(ENABLED);
    }

    String text(SettingDefinition definition) {
        return settings.get(definition);
    }

    boolean shows(SettingDefinition section) {
        return settings.getBoolean(section);
    }

    List<Long> featuredProductIds() {
        String ids = settings.get(FEATURED);
        return ids.isBlank() ? List.of() : Arrays.stream(ids.split(",")).map(Long::valueOf).toList();
    }
}
