package io.pteroca.panel.voucher;

import io.pteroca.panel.shared.Money;
import io.pteroca.panel.shared.Percent;
import io.pteroca.panel.shared.Refusal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Currency;

/**
 * A new voucher as an admin types it (on the voucher page or through the API): text, read here once for both. The
 * {@code amount} is money for a balance voucher and a percent for the discount ones; {@code expiresOn} is a day
 * (the voucher works until its end, UTC). Blank optional values mean "no such rule".
 */
public record VoucherRequest(String code, String type, String amount, boolean newAccountsOnly, String minimumTopUpTotal,
                             String minimumOrderAmount, String expiresOn, String maxUses, String description) {

    static final int MAX_DESCRIPTION = 500;

    /** The request read, or a refusal naming the field that cannot be read. */
    VoucherForm toForm(Currency currency) {
        String cleanCode = blank(code) ? "" : code.strip();
        if (!cleanCode.matches("[A-Za-z0-9_-]{4,64}")) {
            throw Refusal.onField("code", "voucher.admin.codeFormat");
        }
        Voucher.Type kind = Arrays.stream(Voucher.Type.values()).filter(t -> t.name().equals(blank(type) ? "BALANCE_TOP_UP" : type.strip()))
                .findFirst().orElseThrow(() -> Refusal.onField("type", "voucher.admin.invalid"));
        boolean balance = kind == Voucher.Type.BALANCE_TOP_UP;
        Money credit = balance ? read("amount", () -> Money.parse(amount, currency)) : null;
        Percent percent = balance ? null : read("amount", () -> Percent.parse(amount));
        Money minimumTopUps = blank(minimumTopUpTotal) ? null : read("minimumTopUpTotal", () -> Money.parse(minimumTopUpTotal, currency));
        Money minimumOrder = blank(minimumOrderAmount) ? null : read("minimumOrderAmount", () -> Money.parse(minimumOrderAmount, currency));
        java.time.Instant expires = blank(expiresOn) ? null
                : read("expiresOn", () -> LocalDate.parse(expiresOn.strip()).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        Integer uses = blank(maxUses) ? null : read("maxUses", () -> positive(maxUses));
        String text = blank(description) ? null : description.strip().substring(0, Math.min(MAX_DESCRIPTION, description.strip().length()));
        return new VoucherForm(cleanCode, kind, credit, percent, newAccountsOnly, minimumTopUps, minimumOrder, expires, uses, text);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static int positive(String value) {
        int parsed = Integer.parseInt(value.strip());
        if (parsed < 1) {
            throw new IllegalArgumentException("at least one use");
        }
        return parsed;
    }

    /** Reads one value; whatever cannot be read (a refusal, a parse error) is refused on its field. */
    private static <T> T read(String field, java.util.function.Supplier<T> reader) {
        try {
            return reader.get();
        } catch (Refusal refused) {
            throw Refusal.onField(field, refused.messageKey(), refused.args());
        } catch (RuntimeException unreadable) {
            throw Refusal.onField(field, "voucher.admin.invalid");
        }
    }
}
