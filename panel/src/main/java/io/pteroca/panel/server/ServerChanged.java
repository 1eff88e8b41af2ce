package io.pteroca.panel.server;

/** A server's state changed in a way Pterodactyl must follow (suspend, unsuspend, delete) once the change commits. */
record ServerChanged(long serverId) {
}
