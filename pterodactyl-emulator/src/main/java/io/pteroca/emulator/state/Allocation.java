package io.pteroca.emulator.state;

public class Allocation {
    public long id;
    public long nodeId;
    public String ip;
    public String alias;
    public int port;
    public String notes;
    public Long serverId;
}
