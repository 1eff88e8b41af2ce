package io.pteroca.pterodactyl.application.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Limits sent on create and build updates; {@code threads} is always sent, null meaning "any". */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResourceLimits(int memory, int swap, int disk, int io, int cpu,
                             @JsonInclude(JsonInclude.Include.ALWAYS) String threads, Boolean oomKiller) {

    public ResourceLimits(int memory, int swap, int disk, int io, int cpu, String threads) {
        this(memory, swap, disk, io, cpu, threads, null);
    }

    /** Pelican's {@code limits.oom_killer} (Pterodactyl's is the inverse, {@code oom_disabled} beside the limits). */
    public ResourceLimits withOomKiller(boolean value) {
        return new ResourceLimits(memory, swap, disk, io, cpu, threads, value);
    }

    public ResourceLimits withMemory(int value) {
        return new ResourceLimits(value, swap, disk, io, cpu, threads, oomKiller);
    }

    public ResourceLimits withDisk(int value) {
        return new ResourceLimits(memory, swap, value, io, cpu, threads, oomKiller);
    }

    public ResourceLimits withCpu(int value) {
        return new ResourceLimits(memory, swap, disk, io, value, threads, oomKiller);
    }
}
