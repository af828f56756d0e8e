package com.riskdesk.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Requests the public API and the embed every ~100 ms while a step runs, timing each answer. */
final class ApiProbe implements AutoCloseable {

    private static final Duration PERIOD = Duration.ofMillis(100);
    private static final Duration MAX_RUN = Duration.ofMinutes(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<URI> targets;
    private final List<Double> millis = new ArrayList<>();
    private int errors;
    private volatile boolean running = true;
    private final Thread thread;

    ApiProbe(URI root) {
        targets = List.of(root.resolve("api/monitors/venezuela/summary"), root.resolve("embed/monitors/venezuela"));
        thread = Thread.ofPlatform().daemon().name("api-probe").start(this::run);
    }

    private void run() {
        long end = System.nanoTime() + MAX_RUN.toNanos();
        while (running && System.nanoTime() < end) {
            for (URI target : targets) {
                long start = System.nanoTime();
                boolean ok;
                try {
                    ok = http.send(HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(30)).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                } catch (Exception e) {
                    ok = false;
                }
                synchronized (this) {
                    millis.add((System.nanoTime() - start) / 1e6);
                    errors += ok ? 0 : 1;
                }
            }
            try {
                Thread.sleep(PERIOD);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    synchronized Stats latencies() {
        return new Stats(millis);
    }

    synchronized int errors() {
        return errors;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(Duration.ofSeconds(35));
    }
}
