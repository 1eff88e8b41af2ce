package io.pteroca.plugin.event;

import java.time.Instant;

/** An account signed out. */
public record SignedOut(Instant occurredAt, long accountId) implements PanelEvent {
}
