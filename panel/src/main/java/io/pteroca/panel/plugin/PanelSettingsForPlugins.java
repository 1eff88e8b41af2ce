package io.pteroca.panel.plugin;

import io.pteroca.panel.setting.SettingDefinition;
import io.pteroca.panel.setting.SettingGroup;
import io.pteroca.panel.setting.SettingType;
import io.pteroca.panel.setting.Settings;
import io.pteroca.panel.setting.SettingsContributor;
import java.util.List;
import org.springframework.stereotype.Component;

/** How strictly the panel holds plugins to what they declared, and how long it waits for their listeners. */
@Component
class PanelSettingsForPlugins implements SettingsContributor {

    static final SettingDefinition ENFORCEMENT = SettingDefinition.select("plugins.enforcement", SettingGroup.PLUGINS,
            "strict", 10, List.of("strict", "soft"));
    static final SettingDefinition LISTENER_TIMEOUT = SettingDefinition.of("plugins.listener_timeout_seconds",
            SettingType.NUMBER, SettingGroup.PLUGINS, "10", 20);
    static final SettingDefinition FAILURES_BEFORE_FAULT = SettingDefinition.of("plugins.failures_before_fault",
            SettingType.NUMBER, SettingGroup.PLUGINS, "5", 30);

    private final Settings settings;

    PanelSettingsForPlugins(Settings settings) {
        this.settings = settings;
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(ENFORCEMENT, LISTENER_TIMEOUT, FAILURES_BEFORE_FAULT);
    }

    /** Soft: a plugin using what it did not declare is warned about, not refused. */
    boolean strict() {
        return !"soft".equals(settings.get(ENFORCEMENT));
    }

    int listenerTimeoutSeconds() {
        return Math.max(1, Math.min(300, settings.getInt(LISTENER_TIMEOUT)));
    }

    int failuresBeforeFault() {
        return Math.max(1, settings.getInt(FAILURES_BEFORE_FAULT));
    }
}
