package io.pteroca.panel.server;

/**
 * Charges a server's next period on its own when auto-renew is on (the order feature does it). Asked by the
 * lifecycle job before it lets a server expire.
 */
public interface AutoRenewal {

    /** True when the period was paid; false when it could not be (not enough money, not renewable). */
    boolean renewAutomatically(long serverId, long ownerId, String idempotencyKey);
}
