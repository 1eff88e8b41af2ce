package io.pteroca.plugin.event;

import java.time.Instant;

/** An admin created a product. */
public record ProductCreated(Instant occurredAt, long productId, String name) implements PanelEvent {
}
