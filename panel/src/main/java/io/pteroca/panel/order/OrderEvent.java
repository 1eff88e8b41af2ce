package io.pteroca.panel.order;

import io.pteroca.panel.shared.Money;
import java.time.Instant;

/**
 * Money for a server changed hands: a purchase, a renewal, or a refund to the wallet that paid. Published inside the
 * transaction that records the order, so a listener waiting for the commit hears each once.
 *
 * @param accountId who paid (the owner, or a subuser renewing from their own wallet), or who got the refund
 * @param paidUntil the server's new expiry, for a renewal; null otherwise
 * @param automatic a renewal charged by auto-renew
 */
public record OrderEvent(Kind kind, long orderId, long accountId, long serverId, long productId, Money amount,
                         Instant paidUntil, boolean automatic) {

    /** What happened. */
    public enum Kind {
        PLACED, RENEWED, REFUNDED
    }
}
