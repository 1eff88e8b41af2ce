package io.pteroca.panel.pterodactyl;

/** Where and as whom an account logs in to a server's files over SFTP; {@code username} is null while it has no Pterodactyl user. */
public record SftpLogin(String host, int port, String username) {
}
