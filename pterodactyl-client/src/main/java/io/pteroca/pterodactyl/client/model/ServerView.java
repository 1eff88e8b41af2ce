package io.pteroca.pterodactyl.client.model;

import java.util.List;

/** {@code GET /api/client/servers/{server}}: the server plus the caller's permissions ({@code ["*"]} for owners). */
public record ServerView(ClientServer server, boolean serverOwner, List<String> userPermissions) {
}
