package io.pteroca.panel.wallet;

import io.pteroca.panel.shared.Money;
import java.time.Instant;

/**
 * A wallet's balance changed by {@code amount} (positive for a credit, negative for a charge). Published inside the
 * transaction that wrote the ledger entry; listeners that act on it should wait for the commit.
 */
public record WalletChanged(long accountId, Money amount, Money balanceAfter, WalletReason reason, Instant at) {
}
