package vn.vusta.thidua.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The share of the machine's CPU time that the hypervisor gave to other guests (the {@code steal} column of
 * {@code /proc/stat}) between two readings. On a shared virtual machine it explains why wall-clock figures of two
 * runs differ while the CPU time of the work does not.
 */
record StolenCpu(long steal, long total) {

    static StolenCpu now() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < cpu.length && i <= 8; i++) {
                total += Long.parseLong(cpu[i]);
            }
            return new StolenCpu(cpu.length > 8 ? Long.parseLong(cpu[8]) : 0, total);
        } catch (IOException | RuntimeException e) {
            return new StolenCpu(0, 0);
        }
    }

    /** Percent of the CPU time since {@code earlier} that was stolen; "n/a" where /proc/stat cannot be read. */
    String since(StolenCpu earlier) {
        long total = this.total - earlier.total;
        return total <= 0 ? "n/a" : String.format("%.0f %%", 100.0 * (steal - earlier.steal) / total);
    }
}
