package io.pteroca.panel.pterodactyl;

/**
 * A server the panel wants created: its name, its owner (the Pterodactyl user of the account that bought it), the
 * external id by which a create that timed out is found instead of repeated, a description, its egg and its limits.
 */
public record ServerRequest(String name, int owner, String externalId, String description, EggSetup egg,
                            ServerLimits limits) {
}
