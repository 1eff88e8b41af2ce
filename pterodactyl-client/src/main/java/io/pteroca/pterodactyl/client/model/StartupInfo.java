package io.pteroca.pterodactyl.client.model;

import java.util.List;
import java.util.Map;

/** {@code GET .../startup}: viewable variables, the rendered and raw startup command and the egg's images. */
public record StartupInfo(List<ClientEggVariable> variables, String startupCommand, String rawStartupCommand,
                          Map<String, String> dockerImages) {
}
