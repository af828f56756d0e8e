package com.riskdesk.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time used so far by the app's threads that deliver live updates (its fan-out threads and Atmosphere's push
 * writers, from {@code /proc/PID/task/TID/stat}), by the whole app, and by this harness. On a shared, noisy machine an
 * update's wall-clock delay moves with the neighbours; the CPU it costs per viewer barely does. The whole app's figure
 * also counts the API probe's requests and the garbage collector, so the delivering threads' figure is the one to
 * compare between builds.
 */
record CpuTime(long deliveringMillis, long appMillis, long harnessMillis) {

    /** Linux's USER_HZ, the unit of utime and stime in /proc: 100 on every mainstream kernel. */
    private static final long TICKS_PER_SECOND = 100;
    /** Thread names as /proc shows them (cut at 15 characters): the app's fan-out and Atmosphere's threads. */
    private static final String[] DELIVERING = {"live-fan-out-", "Atmosphere-"};

    static CpuTime now(long appPid) {
        return new CpuTime(deliveringNow(appPid), ticksToMillis(Path.of("/proc", Long.toString(appPid), "stat")),
                harnessNow());
    }

    CpuTime minus(CpuTime earlier) {
        return new CpuTime(deliveringMillis - earlier.deliveringMillis, appMillis - earlier.appMillis,
                harnessMillis - earlier.harnessMillis);
    }

    private static long deliveringNow(long pid) {
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            return tasks.mapToLong(task -> {
                try {
                    String name = Files.readString(task.resolve("comm")).strip();
                    return Stream.of(DELIVERING).anyMatch(name::startsWith) ? ticksToMillis(task.resolve("stat")) : 0;
                } catch (NoSuchFileException ended) {
                    return 0;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long ticksToMillis(Path stat) {
        try {
            String text = Files.readString(stat);
            // The command name (field 2) is in parentheses and may hold spaces: count fields after its closing one.
            String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime (fields 14 and 15)
            return ticks * 1000 / TICKS_PER_SECOND;
        } catch (NoSuchFileException ended) {
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long harnessNow() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
    }
}
