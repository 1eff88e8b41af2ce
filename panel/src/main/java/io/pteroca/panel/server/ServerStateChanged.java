package io.pteroca.panel.server;

import java.time.Instant;

/**
 * A server moved from one state to another (or an admin took over a suspension for not paying: {@code from} and
 * {@code to} both SUSPENDED, the cause now ADMIN). Published by {@link ServerHistory} inside the transaction that
 * records the change, so a listener waiting for the commit hears only changes that happened, each once.
 *
 * @param identifier the server's Pterodactyl identifier, once it has one
 * @param cause why it is suspended, when {@code to} is SUSPENDED
 * @param reason an admin's reason for suspending, shown to the customer; null otherwise
 * @param actorId who made the change, null for the panel itself
 */
public record ServerStateChanged(long serverId, long ownerId, String identifier, ServerState from, ServerState to,
                                 SuspensionCause cause, String reason, Long actorId, Instant at) {
}
