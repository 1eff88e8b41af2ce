package io.pteroca.panel.voucher;

import io.pteroca.panel.shared.Money;
import io.pteroca.panel.shared.Percent;
import java.time.Instant;
import java.util.Locale;

/**
 * What an admin enters for a new voucher, already parsed: {@code amount} for a balance voucher, {@code percent} for
 * the discount ones (the other is null).
 */
record VoucherForm(String code, Voucher.Type type, Money amount, Percent percent, boolean newAccountsOnly,
                   Money minimumTopUpTotal, Money minimumOrderAmount, Instant expiresAt, Integer maxUses, String description) {

    VoucherForm {
        if ((type == Voucher.Type.BALANCE_TOP_UP) != (amount != null) || (amount == null) == (percent == null)) {
            throw new IllegalArgumentException("a balance voucher has an amount, a discount voucher a percent");
        }
    }

    String normalizedCode() {
        return normalize(code);
    }

    static String normalize(String code) {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    }
}
