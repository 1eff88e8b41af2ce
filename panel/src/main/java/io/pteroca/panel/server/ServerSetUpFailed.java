package io.pteroca.panel.server;

/**
 * Provisioning gave up and the server is gone from Pterodactyl: what was paid for it goes back. Published inside
 * the transaction that records the FAILED state, so a listener's refund commits with it or not at all.
 */
public record ServerSetUpFailed(long serverId, String serverName, String lastError) {
}
