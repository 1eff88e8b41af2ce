package io.pteroca.plugin.event;

import java.time.Instant;

/** An admin blocked an account: it can no longer sign in. */
public record AccountBlocked(Instant occurredAt, long accountId, Long byAdminId) implements PanelEvent {
}
