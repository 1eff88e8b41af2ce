package io.pteroca.plugin.event;

import java.time.Instant;

/** An admin changed an account's role ({@code USER} or {@code ADMIN}). */
public record AccountRoleChanged(Instant occurredAt, long accountId, String role, Long byAdminId) implements PanelEvent {
}
