package io.pteroca.plugin.event;

import java.time.Instant;

/** A customer redeemed a voucher (a balance voucher credited the wallet, a discount voucher was used for a payment or an order). */
public record VoucherRedeemed(Instant occurredAt, long voucherId, String code, long accountId) implements PanelEvent {
}
