package io.pteroca.emulator.state;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

public class Server {
    public static final String INSTALLING = "installing";
    public static final String INSTALL_FAILED = "install_failed";
    public static final String SUSPENDED = "suspended";
    public static final String RESTORING = "restoring_backup";

    public long id;
    public String externalId;
    public String uuid;
    public String name;
    public String description = "";
    /** null once installed; installing, install_failed, suspended or restoring_backup. */
    public String status;
    public boolean installedOnce;
    public long memory;
    public long swap;
    public long disk;
    public long io = 500;
    public long cpu;
    public String threads;
    public boolean oomDisabled = true;
    public int databaseLimit;
    public int allocationLimit;
    public int backupLimit;
    public long ownerId;
    public long nodeId;
    /** 0 when Pelican deployed the server without a port range (no allocation). */
    public long allocationId;
    public long nestId;
    public long eggId;
    public String startup;
    public String image;
    public boolean skipScripts;
    /** Values of the egg variables by env name. */
    public Map<String, String> variables = new LinkedHashMap<>();
    /** When the simulated Wings reports the pending install or restore done. */
    public Instant pendingDoneAt;
    /** The backup being restored; its files come back when the restore completes. */
    public Backup restoringFrom;
    /** Whether the restore deletes the server's files first. */
    public boolean restoreTruncates;
    public Instant createdAt;
    public Instant updatedAt;

    public String identifier() {
        return uuid.substring(0, 8);
    }

    public boolean suspended() {
        return SUSPENDED.equals(status);
    }
}
