package io.pteroca.plugin.event;

import java.time.Instant;

/** An admin created a voucher. */
public record VoucherCreated(Instant occurredAt, long voucherId, String code, String kind) implements PanelEvent {
}
