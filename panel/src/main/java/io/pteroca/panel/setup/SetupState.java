package io.pteroca.panel.setup;

import io.pteroca.panel.setting.SettingDefinition;
import io.pteroca.panel.setting.SettingGroup;
import io.pteroca.panel.setting.SettingType;
import io.pteroca.panel.setting.Settings;
import io.pteroca.panel.setting.SettingsContributor;
import io.pteroca.panel.shared.Tokens;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Whether the first-run setup is finished, and the hash of the one-time token that unlocks it. Both live in
 * the database, so every panel instance agrees.
 */
@Component
public class SetupState implements SettingsContributor {

    static final SettingDefinition COMPLETED = SettingDefinition.of("setup.completed", SettingType.BOOLEAN,
            SettingGroup.SYSTEM, "false", 0);
    static final SettingDefinition TOKEN_HASH = SettingDefinition.of("setup.token_hash", SettingType.TEXT,
            SettingGroup.SYSTEM, "", 1);

    private final Settings settings;

    SetupState(Settings settings) {
        this.settings = settings;
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(COMPLETED, TOKEN_HASH);
    }

    public boolean completed() {
        return settings.getBoolean(COMPLETED);
    }

    /** A new token replaces any earlier one; the caller shows it once. */
    String newToken() {
        String token = Tokens.newToken();
        settings.set(TOKEN_HASH, Tokens.sha256Hex(token));
        return token;
    }

    boolean accepts(String token) {
        String expected = settings.get(TOKEN_HASH);
        return !completed() && token != null && !expected.isEmpty()
                && Tokens.constantTimeEquals(expected, Tokens.sha256Hex(token.strip()));
    }

    /** Marks setup done; the wizard calls it at its last step, the demo mode at start-up. */
    public void complete() {
        settings.setAll(java.util.Map.of(COMPLETED, "true", TOKEN_HASH, ""));
    }
}
