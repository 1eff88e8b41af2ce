package io.pteroca.plugin.event;

import java.time.Instant;

/** An account may use the panel: its address was verified, it registered while verification is off, or an admin or the command line created it. */
public record AccountActivated(Instant occurredAt, long accountId, String email) implements PanelEvent {
}
