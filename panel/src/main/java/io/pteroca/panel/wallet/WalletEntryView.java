package io.pteroca.panel.wallet;

import io.pteroca.panel.shared.Money;
import java.time.Instant;

/** A ledger line as other features and pages see it. Amounts are signed: credits positive, charges negative. */
public record WalletEntryView(Long id, Long userId, Money amount, Money balanceAfter, WalletReason reason,
                              String referenceType, String referenceId, String note, Instant createdAt) {
}
