package io.pteroca.emulator.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A server's backup; the simulated Wings completes it after the install delay. */
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
    /** The files kept, by path from the server's root, as they were when the backup completed. */
    public Map<String, String> files = new TreeMap<>();
    /** The .tar.gz Wings serves for a download; null until the backup completes. */
    public byte[] archive;
}
