package io.pteroca.panel.wallet;

import io.pteroca.panel.shared.Refusal;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts inside the panel keep 4 decimal places, so small hourly charges are not rounded away; customers see 2. */
public final class Money {

    public static final int SCALE = 4;
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);
    /** Far above any real wallet, far below what DECIMAL(19,4) can hold. */
    public static final BigDecimal MAX = new BigDecimal("1000000000");

    private Money() {
    }

    static BigDecimal normalize(BigDecimal amount) {
        return amount.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    /** A positive amount of at most 4 decimals and below {@link #MAX}, or a {@link Refusal} saying why. */
    public static BigDecimal positive(BigDecimal amount) {
        if (amount == null || amount.signum() <= 0) {
            throw new Refusal("wallet.amount.positive");
        }
        if (amount.stripTrailingZeros().scale() > SCALE) {
            throw new Refusal("wallet.amount.scale");
        }
        if (amount.compareTo(MAX) >= 0) {
            throw new Refusal("wallet.amount.tooLarge");
        }
        return amount.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

}
