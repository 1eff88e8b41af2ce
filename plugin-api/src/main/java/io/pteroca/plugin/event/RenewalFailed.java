package io.pteroca.plugin.event;

import java.time.Instant;

/** An automatic renewal could not be paid, e.g. for lack of balance. */
public record RenewalFailed(Instant occurredAt, long serverId, long accountId, String reason) implements PanelEvent {
}
