package io.pteroca.plugin.event;

import java.time.Instant;

/** An account was deleted (its address is free again; its records stay for the books). */
public record AccountDeleted(Instant occurredAt, long accountId) implements PanelEvent {
}
