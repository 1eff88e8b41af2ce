package io.pteroca.panel.setting;

import org.springframework.ui.Model;

/**
 * Something a feature shows on a settings page below the fields, e.g. the theme picker on Appearance. Its template
 * holds a fragment named {@code panel}, which reads what {@link #addTo} put in the model.
 */
public interface SettingsPanel {

    SettingGroup group();

    String template();

    void addTo(Model model);
}
