package io.pteroca.pterodactyl.application.model;

/** Application {@code allocation} (a node's ip:port). */
public record Allocation(int id, String ip, String alias, int port, String notes, boolean assigned) {
}
