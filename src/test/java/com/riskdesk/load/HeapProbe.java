package com.riskdesk.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Used heap of the app after forced full collections, read with jcmd. */
final class HeapProbe {

    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    private final Path jcmd;
    private final long pid;

    HeapProbe(Path jcmd, long pid) {
        this.jcmd = jcmd;
        this.pid = pid;
    }

    /** Used heap in KB after two GC.run (the second collects what the first only made unreachable, e.g. finalizable or soft-cleared objects); -1 when jcmd fails. */
    long usedAfterGcKb() {
        try {
            jcmd("GC.run");
            jcmd("GC.run");
            Matcher used = USED.matcher(jcmd("GC.heap_info"));
            return used.find() ? Long.parseLong(used.group(1)) : -1;
        } catch (IOException e) {
            System.err.println("[load] jcmd failed: " + e.getMessage());
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command)
                .redirectErrorStream(true).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("jcmd " + command + " did not finish in 120 s");
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
