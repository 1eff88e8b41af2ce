package io.pteroca.panel.order;

/**
 * Auto-renew could not pay a server's next period; published once per period, however often the lifecycle job tries
 * again before the server expires.
 *
 * @param reason {@code INSUFFICIENT_BALANCE}, {@code ADMIN_SUSPENDED} or {@code NOT_RENEWABLE}
 */
public record AutoRenewalFailed(long serverId, long ownerId, String reason) {
}
