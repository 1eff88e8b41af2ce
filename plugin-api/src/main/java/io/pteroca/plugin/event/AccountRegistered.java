package io.pteroca.plugin.event;

import java.time.Instant;

/** A visitor registered an account (it may still need to verify its address). */
public record AccountRegistered(Instant occurredAt, long accountId, String email) implements PanelEvent {
}
