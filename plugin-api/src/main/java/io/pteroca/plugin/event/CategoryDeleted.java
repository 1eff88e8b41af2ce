package io.pteroca.plugin.event;

import java.time.Instant;

/** An admin deleted a store category. */
public record CategoryDeleted(Instant occurredAt, long categoryId) implements PanelEvent {
}
