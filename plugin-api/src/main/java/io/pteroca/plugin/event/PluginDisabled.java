package io.pteroca.plugin.event;

import java.time.Instant;

/** A plugin was disabled by an admin. */
public record PluginDisabled(Instant occurredAt, String pluginId, String version) implements PanelEvent {
}
