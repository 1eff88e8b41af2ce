package io.pteroca.panel.plugin;

/** How bad a finding of the security scan is. */
public enum Level {
    /** The plugin cannot be enabled. */
    CRITICAL,
    /** The plugin can be enabled only by an admin who accepts the risk for this very jar. */
    HIGH,
    /** Shown and recorded; worth watching. */
    MEDIUM,
    /** Recorded for a look. */
    LOW
}
