package io.pteroca.emulator.state;

import java.time.Instant;

public class Task {
    public long id;
    public int sequenceId;
    public String action;
    public String payload;
    public int timeOffset;
    public boolean queued;
    public boolean continueOnFailure;
    public Instant createdAt;
    public Instant updatedAt;
}
