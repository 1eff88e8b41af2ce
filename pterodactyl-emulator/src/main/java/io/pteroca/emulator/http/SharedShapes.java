package io.pteroca.emulator.http;

import io.pteroca.emulator.state.Database;
import io.pteroca.emulator.state.Server;
import tools.jackson.databind.node.ObjectNode;

/** The pieces of JSON that the application and the client API print the same way, keys in the panel's order. */
public final class SharedShapes {

    private SharedShapes() {
    }

    /** Pelican prints the deprecated oom_disabled and its replacement oom_killer side by side. */
    public static ObjectNode limits(Server s, boolean pelican) {
        ObjectNode limits = Json.fields("memory", s.memory, "swap", s.swap, "disk", s.disk, "io", s.io, "cpu", s.cpu, "threads", s.threads,
                "oom_disabled", s.oomDisabled);
        if (pelican) {
            limits.put("oom_killer", !s.oomDisabled);
        }
        return limits;
    }

    public static ObjectNode featureLimits(Server s) {
        return Json.fields("databases", s.databaseLimit, "allocations", s.allocationLimit, "backups", s.backupLimit);
    }

    /** A client key as the account API and the addon print it (without its secret). */
    public static ObjectNode apiKey(io.pteroca.emulator.state.ApiKey key) {
        return Json.fields("identifier", key.identifier, "description", key.description, "allowed_ips", java.util.List.copyOf(key.allowedIps),
                "last_used_at", Json.atom(key.lastUsedAt), "created_at", Json.atom(key.createdAt));
    }

    /** The {@code password} relationship of a database. */
    public static ObjectNode databasePassword(Database d) {
        return Json.item("database_password", Json.fields("password", d.password));
    }
}
