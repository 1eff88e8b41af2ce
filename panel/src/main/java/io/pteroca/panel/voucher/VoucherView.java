package io.pteroca.panel.voucher;

import io.pteroca.panel.shared.Money;
import io.pteroca.panel.shared.Percent;
import java.time.Instant;

/** A voucher as the admin screens show it: a balance voucher's {@code amount} or a discount's {@code percent}. */
public record VoucherView(Long id, String code, String type, Money amount, Percent percent, boolean newAccountsOnly,
                   Money minimumTopUpTotal,
                   Instant expiresAt, Integer maxUses, int usedCount, String description, Instant createdAt, boolean deleted,
                   Money minimumOrderAmount) {
}
