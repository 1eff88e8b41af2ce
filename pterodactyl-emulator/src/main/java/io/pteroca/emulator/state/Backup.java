package io.pteroca.emulator.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

public class Backup {
    public long id;
    public long serverId;
    public String uuid;
    public String name;
    public List<String> ignoredFiles = new ArrayList<>();
    public boolean successful;
    public boolean locked;
    public String checksum;
    public long bytes;
    public Instant createdAt;
    public Instant completedAt;
    /** When the simulated Wings reports this backup done. */
    public Instant completesAt;
    public boolean deleted;
}
