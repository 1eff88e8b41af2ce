package io.pteroca.plugin.event;

import java.time.Instant;

/** An account signed in. */
public record SignedIn(Instant occurredAt, long accountId, String ip) implements PanelEvent {
}
