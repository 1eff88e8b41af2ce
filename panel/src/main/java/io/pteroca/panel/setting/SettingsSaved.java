package io.pteroca.panel.setting;

import java.util.List;

/**
 * Settings were saved: their keys, never their values (some are secrets). Plugin settings ({@code plugin.…}) are
 * left out, so no plugin learns about another's. Published inside the saving transaction.
 */
public record SettingsSaved(List<String> keys) {

    public SettingsSaved {
        keys = List.copyOf(keys);
    }
}
