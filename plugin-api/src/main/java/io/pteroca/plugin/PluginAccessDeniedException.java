package io.pteroca.plugin;

/**
 * The panel refused something a plugin asked for: a capability it did not declare, a table outside its own
 * prefix, a host it did not declare, a setting it does not own.
 */
public class PluginAccessDeniedException extends RuntimeException {

    public PluginAccessDeniedException(String message) {
        super(message);
    }
}
