package io.pteroca.emulator.state;

import java.time.Instant;

public class Node {
    public long id;
    public String uuid;
    public boolean isPublic = true;
    public String name;
    public String description;
    public long locationId;
    public String fqdn;
    public String scheme = "http";
    public boolean behindProxy;
    public boolean maintenanceMode;
    public long memory;
    public long memoryOverallocate;
    public long disk;
    public long diskOverallocate;
    public long uploadSize = 100;
    public int daemonListen;
    public int daemonSftp = 2022;
    public String daemonBase = "/var/lib/pterodactyl/volumes";
    /** Signs the JWTs Wings accepts (websocket, backup downloads). */
    public String daemonToken;
    /** Pelican's deployment tags (Pelican has no locations). */
    public java.util.List<String> tags = new java.util.ArrayList<>();
    public Instant createdAt;
    public Instant updatedAt;
}
