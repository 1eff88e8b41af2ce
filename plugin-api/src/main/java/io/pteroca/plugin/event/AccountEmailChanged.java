package io.pteroca.plugin.event;

import java.time.Instant;

/** An account's e-mail address changed after the new address was confirmed. */
public record AccountEmailChanged(Instant occurredAt, long accountId, String newEmail) implements PanelEvent {
}
