package io.pteroca.emulator.state;

import java.time.Instant;

public class DatabaseHost {
    public long id;
    public String name;
    public String host;
    public int port;
    public String username;
    public Long nodeId;
    public Instant createdAt;
    public Instant updatedAt;
}
