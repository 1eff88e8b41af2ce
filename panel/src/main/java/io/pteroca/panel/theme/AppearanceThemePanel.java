package io.pteroca.panel.theme;

import io.pteroca.panel.setting.SettingGroup;
import io.pteroca.panel.setting.SettingsPanel;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Settings → Appearance → theme: choose one, preview it, activate it. */
@Component
class AppearanceThemePanel implements SettingsPanel {

    private final Themes themes;

    AppearanceThemePanel(Themes themes) {
        this.themes = themes;
    }

    @Override
    public SettingGroup group() {
        return SettingGroup.APPEARANCE;
    }

    @Override
    public String template() {
        return "theme/appearance-panel";
    }

    @Override
    public void addTo(Model model) {
        model.addAttribute("themeChoices", themes.overview());
        model.addAttribute("activeTheme", themes.activeName());
    }
}
