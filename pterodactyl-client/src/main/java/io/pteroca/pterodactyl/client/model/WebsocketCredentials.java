package io.pteroca.pterodactyl.client.model;

/** A Wings websocket URL and its JWT (valid 10 minutes). */
public record WebsocketCredentials(String token, String socket) {
}
