package io.pteroca.plugin.event;

import java.time.Instant;

/** A plugin was stopped because it failed repeatedly or its enable failed. */
public record PluginFaulted(Instant occurredAt, String pluginId, String reason) implements PanelEvent {
}
