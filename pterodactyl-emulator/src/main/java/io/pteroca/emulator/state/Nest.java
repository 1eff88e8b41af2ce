package io.pteroca.emulator.state;

import java.time.Instant;

public class Nest {
    public long id;
    public String uuid;
    public String author;
    public String name;
    public String description;
    public Instant createdAt;
    public Instant updatedAt;
}
