package io.pteroca.plugin.event;

import java.time.Instant;

/** A plugin cannot be enabled: its security scan found something CRITICAL. */
public record PluginBlocked(Instant occurredAt, String pluginId, String reason) implements PanelEvent {
}
