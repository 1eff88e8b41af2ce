package io.pteroca.panel.wallet;

import java.math.BigDecimal;
import java.time.Instant;

/** A ledger line as other features and pages see it. Amounts are signed: credits positive, charges negative. */
public record WalletEntryView(Long id, Long userId, BigDecimal amount, BigDecimal balanceAfter, WalletReason reason,
                              String referenceType, String referenceId, String note, Instant createdAt) {
}
