package io.pteroca.plugin.event;

import java.time.Instant;

/** An admin changed a store category. */
public record CategoryUpdated(Instant occurredAt, long categoryId, String name) implements PanelEvent {
}
