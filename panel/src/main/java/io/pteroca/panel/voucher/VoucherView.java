package io.pteroca.panel.voucher;

import java.math.BigDecimal;
import java.time.Instant;

/** A voucher as the admin screens show it. */
record VoucherView(Long id, String code, String type, BigDecimal amount, boolean newAccountsOnly, BigDecimal minimumTopUpTotal,
                   Instant expiresAt, Integer maxUses, int usedCount, String description, Instant createdAt, boolean deleted) {
}
