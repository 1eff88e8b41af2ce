package io.pteroca.plugin.event;

import java.time.Instant;

/** Someone asked for a password reset link for an existing account. */
public record PasswordResetRequested(Instant occurredAt, long accountId) implements PanelEvent {
}
