package io.pteroca.panel.order;

import io.pteroca.panel.shared.Money;

/**
 * Auto-renew found the owner's wallet short of a period's price; published once per renewal key, inside the
 * transaction that records the failure, so whoever can pay the shortfall (a saved card) stores its work with it.
 *
 * @param renewalKey the auto-renewal's idempotency key for this period; paying later renews under the same key
 * @param shortfall  what the wallet lacks, at ledger precision
 */
public record AutoRenewalShort(long serverId, long ownerId, String renewalKey, Money shortfall) {
}
