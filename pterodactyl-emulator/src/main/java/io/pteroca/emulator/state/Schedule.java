package io.pteroca.emulator.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

public class Schedule {
    public long id;
    public long serverId;
    public String name;
    public String minute;
    public String hour;
    public String dayOfMonth;
    public String month;
    public String dayOfWeek;
    public boolean active;
    public boolean processing;
    public boolean onlyWhenOnline;
    public Instant lastRunAt;
    public Instant nextRunAt;
    public Instant createdAt;
    public Instant updatedAt;
    public List<Task> tasks = new ArrayList<>();
}
