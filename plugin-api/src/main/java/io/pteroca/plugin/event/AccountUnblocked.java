package io.pteroca.plugin.event;

import java.time.Instant;

/** An admin unblocked an account. */
public record AccountUnblocked(Instant occurredAt, long accountId, Long byAdminId) implements PanelEvent {
}
