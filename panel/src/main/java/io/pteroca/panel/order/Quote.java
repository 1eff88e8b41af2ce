package io.pteroca.panel.order;

import java.math.BigDecimal;

/**
 * What an order costs: one period (price × slots), the setup fee when due, minus a voucher's discount.
 * Amounts keep 4 decimals.
 */
record Quote(BigDecimal periodAmount, BigDecimal setupFee, BigDecimal discount, String voucherCode) {

    public BigDecimal total() {
        return periodAmount.add(setupFee).subtract(discount);
    }
}
