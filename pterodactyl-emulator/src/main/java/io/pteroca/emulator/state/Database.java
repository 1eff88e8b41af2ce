package io.pteroca.emulator.state;

import java.time.Instant;

public class Database {
    public long id;
    /** The client API's 8-character id. */
    public String hashid;
    public long serverId;
    public long hostId;
    public String database;
    public String username;
    public String remote;
    public String password;
    public Integer maxConnections = 0;
    public Instant createdAt;
    public Instant updatedAt;
}
