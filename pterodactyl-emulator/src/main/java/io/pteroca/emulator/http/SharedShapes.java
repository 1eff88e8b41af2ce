package io.pteroca.emulator.http;

import io.pteroca.emulator.state.Database;
import io.pteroca.emulator.state.Server;
import tools.jackson.databind.node.ObjectNode;

/** The pieces of JSON that the application and the client API print the same way, keys in the panel's order. */
public final class SharedShapes {

    private SharedShapes() {
    }

    public static ObjectNode limits(Server s) {
        ObjectNode l = Json.object();
        l.put("memory", s.memory);
        l.put("swap", s.swap);
        l.put("disk", s.disk);
        l.put("io", s.io);
        l.put("cpu", s.cpu);
        l.put("threads", s.threads);
        l.put("oom_disabled", s.oomDisabled);
        return l;
    }

    public static ObjectNode featureLimits(Server s) {
        ObjectNode f = Json.object();
        f.put("databases", s.databaseLimit);
        f.put("allocations", s.allocationLimit);
        f.put("backups", s.backupLimit);
        return f;
    }

    /** The {@code password} relationship of a database. */
    public static ObjectNode databasePassword(Database d) {
        ObjectNode p = Json.object();
        p.put("password", d.password);
        return Json.item("database_password", p);
    }
}
