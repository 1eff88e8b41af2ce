package io.pteroca.emulator.state;

import java.time.Instant;

import tools.jackson.databind.node.ObjectNode;

public class ActivityLog {
    public String id;
    public String event;
    public boolean isApi;
    public String ip;
    public Long actorId;
    public Long serverId;
    public Long subjectUserId;
    public ObjectNode properties;
    public Instant timestamp;
}
