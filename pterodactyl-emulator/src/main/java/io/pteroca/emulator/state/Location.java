package io.pteroca.emulator.state;

import java.time.Instant;

public class Location {
    public long id;
    public String shortCode;
    public String longName;
    public Instant createdAt;
    public Instant updatedAt;
}
