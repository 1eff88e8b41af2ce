package io.pteroca.panel.voucher;

/**
 * A voucher was created, deleted or used ({@code accountId} is who used it). Published inside the transaction
 * that made the change.
 */
public record VoucherEvent(Kind kind, long voucherId, String code, String type, Long accountId) {

    /** What happened. */
    public enum Kind {
        CREATED, DELETED, REDEEMED
    }
}
