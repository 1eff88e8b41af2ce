package io.pteroca.plugin;

/**
 * The class a plugin's manifest names in {@code Plugin-Class}. It needs a public constructor without arguments.
 * The panel creates one instance per enable and never calls it from more than one thread at a time for
 * {@link #start} and {@link #stop}; handlers it registers may be called concurrently.
 */
public interface PanelPlugin {

    /**
     * Called when the plugin is enabled, after its migrations ran. Register everything the plugin adds here.
     * Throwing refuses the enable: whatever was registered so far is removed and the plugin is marked faulted
     * with the exception's message.
     */
    void start(PluginContext context) throws Exception;

    /** Called when the plugin is disabled or the panel stops, after its registrations were removed. */
    default void stop() {
    }

    /**
     * The plugin's own health check, asked at enable and every six hours. Keep it quick: it is given a few
     * seconds, and a check that takes longer counts as unhealthy.
     */
    default Health health() {
        return Health.ok();
    }
}
