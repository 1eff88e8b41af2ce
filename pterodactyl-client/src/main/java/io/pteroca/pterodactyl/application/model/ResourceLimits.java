package io.pteroca.pterodactyl.application.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Limits sent on create and build updates; {@code threads} is always sent, null meaning "any". */
public record ResourceLimits(int memory, int swap, int disk, int io, int cpu,
                             @JsonInclude(JsonInclude.Include.ALWAYS) String threads) {

    public ResourceLimits withMemory(int value) {
        return new ResourceLimits(value, swap, disk, io, cpu, threads);
    }

    public ResourceLimits withDisk(int value) {
        return new ResourceLimits(memory, swap, value, io, cpu, threads);
    }

    public ResourceLimits withCpu(int value) {
        return new ResourceLimits(memory, swap, disk, io, value, threads);
    }
}
