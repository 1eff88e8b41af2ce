package io.pteroca.emulator.http;

import io.pteroca.emulator.state.Database;
import io.pteroca.emulator.state.Server;
import tools.jackson.databind.node.ObjectNode;

/** The pieces of JSON that the application and the client API print the same way, keys in the panel's order. */
public final class SharedShapes {

    private SharedShapes() {
    }

    public static ObjectNode limits(Server s) {
        return Json.fields("memory", s.memory, "swap", s.swap, "disk", s.disk, "io", s.io, "cpu", s.cpu, "threads", s.threads,
                "oom_disabled", s.oomDisabled);
    }

    public static ObjectNode featureLimits(Server s) {
        return Json.fields("databases", s.databaseLimit, "allocations", s.allocationLimit, "backups", s.backupLimit);
    }

    /** The {@code password} relationship of a database. */
    public static ObjectNode databasePassword(Database d) {
        return Json.item("database_password", Json.fields("password", d.password));
    }
}
