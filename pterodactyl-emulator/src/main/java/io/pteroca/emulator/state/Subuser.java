package io.pteroca.emulator.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

public class Subuser {
    public long id;
    public long userId;
    public long serverId;
    public List<String> permissions = new ArrayList<>();
    public Instant createdAt;
    public Instant updatedAt;
}
