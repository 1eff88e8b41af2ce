package io.pteroca.panel.server;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Pterodactyl's power signals and the permission each needs (kill needs stop, as in Pterodactyl). */
public final class PowerSignals {

    /** In the order the buttons show them. */
    private static final List<String> ALL = List.of("start", "restart", "stop", "kill");
    private static final Map<String, String> PERMISSION = Map.of("start", "control.start", "restart", "control.restart",
            "stop", "control.stop", "kill", "control.stop");

    private PowerSignals() {
    }

    /** The permission a signal needs; null for what is not a power signal. */
    public static String permission(String signal) {
        return signal == null ? null : PERMISSION.get(signal);
    }

    /** The signals these permissions allow, in button order. */
    public static List<String> allowedBy(Set<String> granted) {
        return ALL.stream().filter(signal -> granted.contains(PERMISSION.get(signal))).toList();
    }
}
