package io.pteroca.plugin.event;

import java.math.BigDecimal;
import java.time.Instant;

/** Money was added to a wallet; {@code reason} is e.g. {@code TOP_UP}, {@code VOUCHER}, {@code REFUND}, {@code ADMIN_CREDIT}. */
public record WalletCredited(Instant occurredAt, long accountId, BigDecimal amount, BigDecimal balanceAfter, String reason) implements PanelEvent {
}
