package io.pteroca.panel.pterodactyl;

/**
 * What a server may use: memory, swap and disk in MB (swap -1: unlimited), the IO weight, CPU in percent of one core,
 * the CPU threads it is pinned to (e.g. "0-1,3"; null: any), and how many databases, ports and backups it may have.
 */
public record ServerLimits(long memory, long swap, long disk, int io, int cpu, String cpuPinning, int databases,
                           int allocations, int backups) {
}
