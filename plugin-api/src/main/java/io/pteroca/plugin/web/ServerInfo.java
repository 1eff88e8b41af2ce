package io.pteroca.plugin.web;

/**
 * The server a tab is opened for.
 *
 * @param identifier Pterodactyl's short identifier, null while the server is not created there yet
 * @param state the panel's state name, e.g. {@code ACTIVE}, {@code SUSPENDED}
 * @param viewerIsOwner false for a subuser or an admin looking at a customer's server
 */
public record ServerInfo(long id, String name, String identifier, String state, long ownerId, boolean viewerIsOwner) {
}
