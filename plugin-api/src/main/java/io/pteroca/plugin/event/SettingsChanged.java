package io.pteroca.plugin.event;

import java.time.Instant;
import java.util.List;

/** An admin saved settings; {@code keys} are the setting keys saved (values are not in the event: some are secrets). */
public record SettingsChanged(Instant occurredAt, List<String> keys) implements PanelEvent {
    public SettingsChanged {
        keys = List.copyOf(keys);
    }

}
