package io.pteroca.plugin.event;

import java.time.Instant;

/** An account's password changed (by its owner, a reset or an admin); the password itself is never in the event. */
public record AccountPasswordChanged(Instant occurredAt, long accountId) implements PanelEvent {
}
