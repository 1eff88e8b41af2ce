package io.pteroca.plugin.event;

import java.time.Instant;

/** An admin deleted a voucher. */
public record VoucherDeleted(Instant occurredAt, long voucherId, String code) implements PanelEvent {
}
