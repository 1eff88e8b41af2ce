package io.pteroca.plugin.event;

import java.time.Instant;

/** An account's owner changed their name or language. */
public record AccountProfileChanged(Instant occurredAt, long accountId) implements PanelEvent {
}
