package io.pteroca.panel.setting;

import java.util.List;

/** Implemented by each feature that owns settings, so the admin pages can list them. */
public interface SettingsContributor {

    List<SettingDefinition> settings();
}
