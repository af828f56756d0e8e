package com.riskdesk.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The application under test: the production jar started on a free loopback port with a fresh data directory and a
 * known first admin, its output written to a log file whose error lines can be counted per step.
 */
final class ServerProcess implements AutoCloseable {

    static final String ADMIN_USER = "loaddesk";
    static final String ADMIN_PASSWORD = "load harness password";

    private final Process process;
    private final int port;
    private final Path log;
    private final Path dataDir;

    private ServerProcess(Process process, int port, Path log, Path dataDir) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.dataDir = dataDir;
    }

    static ServerProcess start(Path java, Path jar, String heap, Path log, Duration startTimeout) throws Exception {
        int port = freePort();
        Path dataDir = Files.createTempDirectory("load-data-");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx" + heap));
        // Extra JVM options for the app alone, e.g. a flight recording: LOAD_APP_JVM_OPTIONS="-XX:StartFlightRecording..."
        String extra = System.getenv().getOrDefault("LOAD_APP_JVM_OPTIONS", "").trim();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString(), "--app.data-dir=" + dataDir, "--server.port=" + port,
                "--server.address=127.0.0.1"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("APP_ADMIN_USERNAME", ADMIN_USER);
        builder.environment().put("APP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        Process process = builder.start();
        ServerProcess server = new ServerProcess(process, port, log, dataDir);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        try {
            server.awaitReady(startTimeout);
        } catch (Exception e) {
            server.close();
            throw e;
        }
        return server;
    }

    private void awaitReady(Duration timeout) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI summary = uri("api/monitors/venezuela/summary");
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(summary)
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The app did not answer 200 within " + timeout.toSeconds() + " s; see " + log);
    }

    URI uri(String relative) {
        return URI.create("http://127.0.0.1:" + port + "/" + relative);
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    /** Counts of the log lines that signal trouble, since the start of the log. */
    LogCounts logCounts() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            long errors = 0;
            long textFull = 0;
            long oom = 0;
            for (String line : lines) {
                errors += line.contains("ERROR") ? 1 : 0;
                textFull += line.contains("TEXT_FULL_WRITING") ? 1 : 0;
                oom += line.contains("OutOfMemoryError") ? 1 : 0;
            }
            return new LogCounts(errors, textFull, oom);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record LogCounts(long errors, long textFullWriting, long outOfMemory) {
        LogCounts minus(LogCounts before) {
            return new LogCounts(errors - before.errors, textFullWriting - before.textFullWriting,
                    outOfMemory - before.outOfMemory);
        }

        @Override
        public String toString() {
            return errors + "/" + textFullWriting + "/" + outOfMemory;
        }
    }

    Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
