package io.pteroca.panel.plugin;

/** Where a plugin is in its life. */
public enum PluginState {
    /** Its jar was found; not scanned yet. */
    DISCOVERED,
    /** Scanned without a CRITICAL finding; may be enabled. */
    SCANNED,
    /** Running: its pages, widgets, tabs, menu items, commands, jobs and listeners are live. */
    ENABLED,
    /** Switched off by an admin, or its jar disappeared. */
    DISABLED,
    /** A CRITICAL finding: cannot be enabled. */
    BLOCKED,
    /** Stopped by the panel: its enable failed or it failed repeatedly. */
    FAULTED
}
