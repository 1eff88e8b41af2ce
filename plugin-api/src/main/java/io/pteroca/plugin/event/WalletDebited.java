package io.pteroca.plugin.event;

import java.math.BigDecimal;
import java.time.Instant;

/** Money was taken from a wallet ({@code amount} is positive); {@code reason} is e.g. {@code PURCHASE}, {@code RENEWAL}, {@code ADMIN_DEBIT}. */
public record WalletDebited(Instant occurredAt, long accountId, BigDecimal amount, BigDecimal balanceAfter, String reason) implements PanelEvent {
}
