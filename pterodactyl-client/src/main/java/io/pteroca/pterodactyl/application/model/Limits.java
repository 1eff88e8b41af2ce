package io.pteroca.pterodactyl.application.model;

/** Server limits as the panel reports them: memory, swap and disk in MiB, cpu in percent of one core. */
public record Limits(int memory, int swap, int disk, int io, int cpu, String threads, Boolean oomDisabled) {

    public ResourceLimits toResourceLimits() {
        return new ResourceLimits(memory, swap, disk, io, cpu, threads);
    }
}
