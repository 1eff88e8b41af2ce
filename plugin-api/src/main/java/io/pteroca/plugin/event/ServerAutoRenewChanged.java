package io.pteroca.plugin.event;

import java.time.Instant;

/** A server's owner switched auto-renew on or off. */
public record ServerAutoRenewChanged(Instant occurredAt, long serverId, long accountId, boolean autoRenew) implements PanelEvent {
}
