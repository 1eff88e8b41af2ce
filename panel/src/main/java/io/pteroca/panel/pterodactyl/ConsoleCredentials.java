package io.pteroca.panel.pterodactyl;

/** Wings' websocket address of a server and a token for it (valid 10 minutes). */
public record ConsoleCredentials(String token, String socket) {
}
