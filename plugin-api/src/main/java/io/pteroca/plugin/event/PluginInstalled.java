package io.pteroca.plugin.event;

import java.time.Instant;

/** A plugin jar was installed (uploaded or by the command line); it is not enabled yet. */
public record PluginInstalled(Instant occurredAt, String pluginId, String version) implements PanelEvent {
}
