package io.pteroca.plugin.event;

import java.time.Instant;

/** An admin deleted a product; servers already sold keep their plan. */
public record ProductDeleted(Instant occurredAt, long productId) implements PanelEvent {
}
