package io.pteroca.panel.wallet;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A wallet's balance changed by {@code amount} (positive for a credit, negative for a charge). Published inside the
 * transaction that wrote the ledger entry; listeners that act on it should wait for the commit.
 */
public record WalletChanged(long accountId, BigDecimal amount, BigDecimal balanceAfter, WalletReason reason, Instant at) {
}
