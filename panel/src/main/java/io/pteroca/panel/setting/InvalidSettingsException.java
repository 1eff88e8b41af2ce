package io.pteroca.panel.setting;

import java.util.Map;

/** One or more submitted settings were invalid; maps each setting key to a message-bundle key. */
public class InvalidSettingsException extends RuntimeException {

    private final Map<String, String> errors;

    public InvalidSettingsException(Map<String, String> errors) {
        super("Invalid settings: " + errors.keySet());
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
