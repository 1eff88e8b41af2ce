package io.pteroca.panel.wallet;

/** Why a wallet changed; shown in the history and used with the reference to keep entries unique. */
public enum WalletReason {
    TOP_UP, REFUND, PURCHASE, RENEWAL, VOUCHER, ADMIN_CREDIT, ADMIN_DEBIT,
    /** An upgrade's prorated charge. */
    PLAN_CHANGE,
    /** A downgrade's prorated credit, or an upgrade's charge given back when Pterodactyl refused it. */
    PLAN_CHANGE_CREDIT,
    /** The unused time of a server its owner cancelled at once. */
    CANCELLATION_REFUND;

    boolean credit() {
        return this == TOP_UP || this == REFUND || this == VOUCHER || this == ADMIN_CREDIT || this == PLAN_CHANGE_CREDIT
                || this == CANCELLATION_REFUND;
    }
}
