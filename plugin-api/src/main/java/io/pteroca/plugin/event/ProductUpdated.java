package io.pteroca.plugin.event;

import java.time.Instant;

/** An admin changed a product (its fields, prices or eggs). */
public record ProductUpdated(Instant occurredAt, long productId, String name) implements PanelEvent {
}
