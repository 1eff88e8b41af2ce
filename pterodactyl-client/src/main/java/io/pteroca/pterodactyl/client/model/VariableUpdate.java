package io.pteroca.pterodactyl.client.model;

/** Answer of {@code PUT .../startup/variable}. */
public record VariableUpdate(ClientEggVariable variable, String startupCommand, String rawStartupCommand) {
}
