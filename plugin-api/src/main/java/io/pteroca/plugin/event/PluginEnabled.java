package io.pteroca.plugin.event;

import java.time.Instant;

/** A plugin was enabled. */
public record PluginEnabled(Instant occurredAt, String pluginId, String version) implements PanelEvent {
}
