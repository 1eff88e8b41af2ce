package io.pteroca.panel.wallet;

/** Why a wallet changed; shown in the history and used with the reference to keep entries unique. */
public enum WalletReason {
    TOP_UP, REFUND, PURCHASE, RENEWAL, VOUCHER, ADMIN_CREDIT, ADMIN_DEBIT;

    boolean credit() {
        return this == TOP_UP || this == REFUND || this == VOUCHER || this == ADMIN_CREDIT;
    }
}
