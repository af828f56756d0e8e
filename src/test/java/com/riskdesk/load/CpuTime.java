package com.riskdesk.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time used so far by the app's process (from {@code /proc/PID/stat}) and by this harness. On a shared, noisy
 * machine an update's wall-clock delay moves with the neighbours; the CPU it costs the app per viewer barely does, so
 * the harness reports both.
 */
record CpuTime(long appMillis, long harnessMillis) {

    /** Linux's USER_HZ, the unit of utime and stime in /proc: 100 on every mainstream kernel. */
    private static final long TICKS_PER_SECOND = 100;

    static CpuTime now(long appPid) {
        return new CpuTime(appNow(appPid), harnessNow());
    }

    CpuTime minus(CpuTime earlier) {
        return new CpuTime(appMillis - earlier.appMillis, harnessMillis - earlier.harnessMillis);
    }

    private static long appNow(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // The command name (field 2) is in parentheses and may hold spaces: count fields after its closing one.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime (fields 14 and 15)
            return ticks * 1000 / TICKS_PER_SECOND;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long harnessNow() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
    }
}
