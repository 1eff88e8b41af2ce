package io.pteroca.panel.pterodactyl;

import java.util.Map;

/**
 * The egg a server runs and how: {@code dockerImage} and {@code startup} replace the egg's own when not null;
 * {@code environment} holds the egg's variables.
 */
public record EggSetup(int nestId, int eggId, String dockerImage, String startup, Map<String, String> environment) {
}
