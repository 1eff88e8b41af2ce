package io.pteroca.panel.server;

import io.pteroca.panel.pterodactyl.ServerLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** How the limits Pterodactyl enforces on a server differ from its plan, said as reconciliation reports it. */
final class LimitsDifference {

    private LimitsDifference() {
    }

    /** Null when they agree (or Pterodactyl did not say); else e.g. "limits differ from the plan: memory 512 (plan 256)". */
    static String between(ServerLimits plan, ServerLimits actual) {
        if (actual == null) {
            return null;
        }
        List<String> differences = new ArrayList<>();
        compare(differences, "memory", plan.memory(), actual.memory());
        compare(differences, "swap", plan.swap(), actual.swap());
        compare(differences, "disk", plan.disk(), actual.disk());
        compare(differences, "io", plan.io(), actual.io());
        compare(differences, "cpu", plan.cpu(), actual.cpu());
        compare(differences, "threads", blankToNull(plan.cpuPinning()), blankToNull(actual.cpuPinning()));
        compare(differences, "databases", plan.databases(), actual.databases());
        compare(differences, "ports", plan.allocations(), actual.allocations());
        compare(differences, "backups", plan.backups(), actual.backups());
        return differences.isEmpty() ? null : "limits differ from the plan: " + String.join(", ", differences);
    }

    private static void compare(List<String> differences, String name, Object plan, Object actual) {
        if (!Objects.equals(plan, actual)) {
            differences.add(name + " " + (actual == null ? "none" : actual) + " (plan " + (plan == null ? "none" : plan) + ")");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
