package io.pteroca.panel.voucher;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;

/** What an admin enters for a new voucher, already parsed. */
record VoucherForm(String code, Voucher.Type type, BigDecimal amount, boolean newAccountsOnly, BigDecimal minimumTopUpTotal,
                   BigDecimal minimumOrderAmount, Instant expiresAt, Integer maxUses, String description) {

    String normalizedCode() {
        return normalize(code);
    }

    static String normalize(String code) {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    }
}
