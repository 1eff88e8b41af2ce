package io.pteroca.plugin.event;

import java.time.Instant;

/** An admin created a store category. */
public record CategoryCreated(Instant occurredAt, long categoryId, String name) implements PanelEvent {
}
