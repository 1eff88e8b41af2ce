package io.pteroca.panel.server;

import io.pteroca.panel.shared.Money;
import java.time.Instant;
import java.util.List;

/** What was paid for a server, for its admin page; the order feature answers. */
public interface ServerPayments {

    /** One purchase or renewal; {@code kind} and {@code status} name the message to show for them. */
    record Payment(long id, Instant createdAt, String kind, Money total, String voucherCode, String status) {
    }

    /** Newest first. */
    List<Payment> of(long serverId);
}
