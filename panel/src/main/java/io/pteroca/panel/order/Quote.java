package io.pteroca.panel.order;

import io.pteroca.panel.shared.Money;

/** What an order costs: one period (price × slots), the setup fee when due, minus a voucher's discount. */
record Quote(Money periodAmount, Money setupFee, Money discount, String voucherCode) {

    /** A renewal: one period, nothing else. */
    static Quote period(Money periodAmount) {
        Money none = Money.zero(periodAmount.currency());
        return new Quote(periodAmount, none, none, null);
    }

    public Money total() {
        return periodAmount.plus(setupFee).minus(discount);
    }
}
