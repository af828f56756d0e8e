package com.riskdesk.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Opens N live dashboards at the protocol level (plus a few real Chromium viewers), measures the app's retained heap
 * per UI, saves an entry through the staff form and times its arrival at every viewer, then leaves and watches the
 * heap fall back. Run it through scripts/load-test.sh, which documents the options.
 */
public final class LoadHarness {

    private static final String ROUTE = "/monitors/venezuela";

    private final Options options;
    private final StringBuilder report = new StringBuilder();
    private final List<HttpClient> clients = new ArrayList<>();
    private long appPid;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("viewer-heartbeat").factory());

    private LoadHarness(Options options) {
        this.options = options;
    }

    /** Held so the level sticks: Selenium warns on every start that it has no CDP bindings for this Chromium. */
    private static final Logger SELENIUM = Logger.getLogger("org.openqa.selenium");

    public static void main(String[] args) throws Exception {
        SELENIUM.setLevel(Level.SEVERE);
        Options options = Options.parse(args);
        new LoadHarness(options).run();
        System.exit(0);
    }

    private void run() throws Exception {
        Path log = options.path("log", "target/load-server.log");
        Files.createDirectories(log.toAbsolutePath().getParent());
        line("Load harness: viewers " + options.viewers() + ", " + options.integer("browsers", 3)
                + " Chromium viewers, app heap -Xmx" + options.text("heap", "1g") + ", open concurrency "
                + options.integer("concurrency", 24) + ", delay bound " + options.integer("delay-bound", 60) + " s");
        line("Server log: " + log.toAbsolutePath());
        try (ServerProcess server = ServerProcess.start(options.path("java", "java"), options.path("jar", null),
                options.text("heap", "1g"), log, Duration.ofSeconds(180))) {
            line("App pid " + server.pid() + " at " + server.uri(""));
            appPid = server.pid();
            Files.writeString(options.path("pid-file", "target/load-app.pid"), Long.toString(server.pid()));
            for (int i = 0; i < 4; i++) {
                clients.add(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30))
                        .executor(Executors.newFixedThreadPool(4, Thread.ofPlatform().daemon().factory()))
                        .build());
            }
            HeapProbe heap = new HeapProbe(options.path("jcmd", "jcmd"), server.pid());
            runSteps(server, heap);
        } finally {
            scheduler.shutdownNow();
            writeReport();
        }
    }

    private void runSteps(ServerProcess server, HeapProbe heap) throws Exception {
        String chrome = options.text("chromium", "/usr/bin/chromium");
        String driver = options.text("chromedriver", "/usr/bin/chromedriver");
        int browsers = options.integer("browsers", 3);
        List<StepResult> results = new ArrayList<>();
        long idle = heap.usedAfterGcKb();
        line("Idle heap after forced GC: " + idle + " KB");
        List<Double> xs = new ArrayList<>(List.of(0.0));
        List<Double> ys = new ArrayList<>(List.of((double) idle));

        try (Chromium staffBrowser = Chromium.start(chrome, driver)) {
            StaffSave staff = new StaffSave(staffBrowser, server.uri(""));
            staff.signIn(ServerProcess.ADMIN_USER, ServerProcess.ADMIN_PASSWORD);
            line("Staff signed in at /admin/entries.");
            int step = 0;
            for (int n : options.viewers()) {
                step++;
                if (!server.alive()) {
                    line("The app is no longer running; stopping before N=" + n);
                    break;
                }
                StepResult result = runStep(step, n, server, heap, staff, chrome, driver, browsers);
                results.add(result);
                if (result.heapOpenKb > 0) {
                    xs.add((double) (result.live + result.chromeLive));
                    ys.add((double) result.heapOpenKb);
                }
                printTable(results, idle, xs, ys);
                writeReport();
            }
        }
    }

    private StepResult runStep(int step, int n, ServerProcess server, HeapProbe heap, StaffSave staff,
            String chrome, String driver, int browsers) throws Exception {
        line("");
        line("=== Step " + step + ": N=" + n + " protocol viewers + " + browsers + " Chromium viewers ===");
        StepResult result = new StepResult(n);
        result.heapIdleKb = heap.usedAfterGcKb();
        ServerProcess.LogCounts logBefore = server.logCounts();
        URI root = server.uri("");
        List<VaadinViewer> viewers = new ArrayList<>(n);
        List<Chromium> chromes = new ArrayList<>();
        List<ChromiumViewer> chromeViewers = new ArrayList<>();
        try (ApiProbe api = new ApiProbe(root)) {
            long openStart = System.nanoTime();
            openViewers(root, n, viewers);
            line(String.format("Opened protocol viewers in %.1f s", (System.nanoTime() - openStart) / 1e9));
            for (int i = 0; i < browsers; i++) {
                try {
                    Chromium chromium = Chromium.start(chrome, driver);
                    chromes.add(chromium);
                    ChromiumViewer viewer = new ChromiumViewer(chromium);
                    viewer.open(root.resolve(ROUTE.substring(1)), Duration.ofSeconds(90));
                    chromeViewers.add(viewer);
                } catch (IOException | RuntimeException e) {
                    line("Chromium viewer " + i + " did not start: " + ChromiumViewer.firstLine(e.getMessage()));
                }
            }
            summariseOpen(viewers, chromeViewers, result);
            result.heapOpenKb = heap.usedAfterGcKb();
            line("Heap with the viewers open (forced GC): " + result.heapOpenKb + " KB");

            measureDelays(root, step, viewers, chromeViewers, staff, result);
            result.apiP95 = api.latencies().percentile(95);
            result.apiCount = api.latencies().count();
            result.apiErrors = api.errors();
        }
        result.log = server.logCounts().minus(logBefore);

        long leaveStart = System.nanoTime();
        leave(viewers, chromeViewers, chromes);
        line(String.format("Left in %.1f s", (System.nanoTime() - leaveStart) / 1e9));
        long left = System.nanoTime();
        for (int wait : options.leaveWaits()) {
            long at = left + TimeUnit.SECONDS.toNanos(wait);
            long sleep = at - System.nanoTime();
            if (sleep > 0) {
                Thread.sleep(TimeUnit.NANOSECONDS.toMillis(sleep));
            }
            long used = heap.usedAfterGcKb();
            result.heapAfterLeave.put(wait, used);
            line("Heap " + wait + " s after leaving (forced GC): " + used + " KB (idle before step "
                    + result.heapIdleKb + " KB)");
        }
        result.logWithLeave = server.logCounts().minus(logBefore);
        return result;
    }

    private void openViewers(URI root, int n, List<VaadinViewer> viewers) throws InterruptedException {
        int concurrency = options.integer("concurrency", 24);
        ExecutorService openers = Executors.newFixedThreadPool(concurrency,
                Thread.ofPlatform().daemon().name("opener-", 0).factory());
        for (int i = 0; i < n; i++) {
            VaadinViewer viewer = new VaadinViewer(clients.get(i % clients.size()), root, ROUTE);
            viewers.add(viewer);
            openers.execute(() -> viewer.open(scheduler));
        }
        openers.shutdown();
        long bound = Math.max(300, n / 5L);
        int lastDone = -1;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(bound);
        while (!openers.awaitTermination(10, TimeUnit.SECONDS)) {
            int done = (int) viewers.stream().filter(v -> v.state() != VaadinViewer.State.NEW).count();
            if (done != lastDone) {
                System.out.println("[load] opened " + done + "/" + n);
                lastDone = done;
            }
            if (System.nanoTime() > deadline) {
                line("Opening did not finish within " + bound + " s; unfinished viewers count as failed");
                openers.shutdownNow();
                openers.awaitTermination(30, TimeUnit.SECONDS);
                break;
            }
        }
    }

    private void summariseOpen(List<VaadinViewer> viewers, List<ChromiumViewer> chromeViewers, StepResult result) {
        List<Double> liveOpen = new ArrayList<>();
        List<Double> overflowOpen = new ArrayList<>();
        Map<String, Integer> failures = new TreeMap<>();
        int eager = 0;
        for (VaadinViewer viewer : viewers) {
            switch (viewer.state()) {
                case LIVE -> {
                    liveOpen.add(viewer.openMillis());
                    eager += viewer.eager() ? 1 : 0;
                }
                case OVERFLOW -> overflowOpen.add(viewer.openMillis());
                default -> failures.merge(String.valueOf(viewer.failure()), 1, Integer::sum);
            }
        }
        result.live = liveOpen.size();
        result.overflow = overflowOpen.size();
        result.failed = viewers.size() - result.live - result.overflow;
        result.open = new Stats(liveOpen);
        result.overflowOpen = new Stats(overflowOpen);
        result.chromeOpen = new Stats(chromeViewers.stream().filter(ChromiumViewer::open)
                .map(ChromiumViewer::openMillis).toList());
        result.chromeLive = result.chromeOpen.count();
        line("Protocol viewers: " + result.live + " live (" + eager + " bootstrapped eagerly from the page, "
                + (result.live - eager) + " through v-r=init + ui-navigate), " + result.overflow + " overflow, "
                + result.failed + " failed; Chromium viewers open: " + result.chromeLive + "/" + chromeViewers.size());
        failures.entrySet().stream().limit(5).forEach(f -> line("  failure x" + f.getValue() + ": " + f.getKey()));
        chromeViewers.stream().filter(v -> !v.open())
                .forEach(v -> line("  Chromium viewer failure: " + v.failure()));
    }

    private void measureDelays(URI root, int step, List<VaadinViewer> viewers, List<ChromiumViewer> chromeViewers,
            StaffSave staff, StepResult result) throws InterruptedException {
        String marker = "Load marker " + HexFormat.of().toHexDigits((short) ThreadLocalRandom.current().nextInt())
                + "s" + step;
        long bound = TimeUnit.SECONDS.toNanos(options.integer("delay-bound", 60));
        List<VaadinViewer> live = viewers.stream().filter(v -> v.state() == VaadinViewer.State.LIVE).toList();
        live.forEach(v -> v.watchFor(marker));

        List<ChromiumViewer> watching = chromeViewers.stream().filter(ChromiumViewer::open).toList();
        AtomicLongArray chromeSeen = new AtomicLongArray(watching.size());
        long pollDeadline = System.nanoTime() + bound + TimeUnit.SECONDS.toNanos(120);
        List<Thread> pollers = new ArrayList<>();
        for (int i = 0; i < watching.size(); i++) {
            int index = i;
            pollers.add(Thread.ofPlatform().daemon().name("chromium-poll-" + i)
                    .start(() -> chromeSeen.set(index, watching.get(index).awaitText(marker, pollDeadline))));
        }
        line("Saving '" + marker + "' through the staff form");
        CpuTime cpuBefore = CpuTime.now(appPid);
        StaffSave.Click click = staff.save(marker, 3);
        line(String.format("The form confirmed the save %.1f s after the click", (System.nanoTime() - click.nanos()) / 1e9));
        // Delays count from the moment the entry was recorded (its recordedAt, stamped in the saving transaction just
        // before it commits; the app runs on this machine's clock), so they are an upper bound on the delay from the
        // commit that does not include the staff member's own round trip. The click is the fallback.
        long t0 = recordedAt(root, marker)
                .map(recorded -> click.nanos() + Duration.between(click.at(), recorded).toNanos())
                .orElse(click.nanos());
        line(String.format("Recorded %.2f s after the click; delays below count from the recording",
                (t0 - click.nanos()) / 1e9));
        long deadline = t0 + bound;
        while (System.nanoTime() < deadline && live.stream().anyMatch(v -> v.seenNanos() == 0)) {
            Thread.sleep(100);
        }
        CpuTime cpu = CpuTime.now(appPid).minus(cpuBefore);
        result.updateCpu = cpu;
        line(String.format("CPU from the click until every viewer had the change: delivering threads %d ms (%.0f µs "
                + "per viewer), whole app %d ms (with the API probe and GC), this harness %d ms", cpu.deliveringMillis(),
                live.isEmpty() ? 0.0 : cpu.deliveringMillis() * 1000.0 / live.size(), cpu.appMillis(),
                cpu.harnessMillis()));
        List<Double> delays = new ArrayList<>();
        for (VaadinViewer viewer : live) {
            long seen = viewer.seenNanos();
            if (seen != 0 && seen - t0 <= bound) {
                delays.add((seen - t0) / 1e6);
            }
        }
        result.delay = new Stats(delays);
        result.missed = live.size() - delays.size();

        for (Thread poller : pollers) {
            poller.join(Duration.ofNanos(Math.max(1, deadline - System.nanoTime()) + TimeUnit.SECONDS.toNanos(5)));
        }
        List<Double> chromeDelays = new ArrayList<>();
        for (int i = 0; i < watching.size(); i++) {
            long seen = chromeSeen.get(i);
            if (seen != 0 && seen - t0 <= bound) {
                chromeDelays.add((seen - t0) / 1e6);
            }
        }
        result.chromeDelay = new Stats(chromeDelays);
        result.chromeMissed = watching.size() - chromeDelays.size();
        line("Update delay, protocol viewers: p50/p95/max " + result.delay.p50p95() + "/"
                + Stats.ms(result.delay.max()) + " ms, missed " + result.missed + "; Chromium: "
                + result.chromeDelay.p50p95() + "/" + Stats.ms(result.chromeDelay.max()) + " ms, missed "
                + result.chromeMissed);
    }

    /** When the entry with {@code headline} was recorded, from the public API. */
    private static java.util.Optional<java.time.Instant> recordedAt(URI root, String headline) {
        try (HttpClient client = HttpClient.newHttpClient()) {
            String body = client.send(java.net.http.HttpRequest.newBuilder(root.resolve("api" + ROUTE + "/entries.json"))
                    .timeout(Duration.ofSeconds(30)).build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
            for (tools.jackson.databind.JsonNode entry : tools.jackson.databind.json.JsonMapper.builder().build()
                    .readTree(body).path("entries")) {
                if (headline.equals(entry.path("headline").asString(""))) {
                    return java.util.Optional.of(java.time.Instant.parse(entry.path("recordedAt").asString()));
                }
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("[load] Could not read when the entry was recorded: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return java.util.Optional.empty();
    }

    private void leave(List<VaadinViewer> viewers, List<ChromiumViewer> chromeViewers, List<Chromium> chromes)
            throws InterruptedException {
        ExecutorService leavers = Executors.newFixedThreadPool(options.integer("concurrency", 24),
                Thread.ofPlatform().daemon().name("leaver-", 0).factory());
        viewers.forEach(v -> leavers.execute(v::leave));
        chromeViewers.forEach(v -> leavers.execute(v::leave));
        leavers.shutdown();
        if (!leavers.awaitTermination(Math.max(120, viewers.size() / 10L), TimeUnit.SECONDS)) {
            line("Leaving did not finish in time");
            leavers.shutdownNow();
        }
        // Let the browsers' beacons and socket closes go out before the browsers go away.
        Thread.sleep(1000);
        chromes.forEach(Chromium::close);
    }

    private void printTable(List<StepResult> results, long idle, List<Double> xs, List<Double> ys) {
        line("");
        line("Results (delays from the entry's recording; open time = page request until tiles present; heap after forced GC)");
        String header = String.format("%6s | %5s %5s %5s | %11s %11s | %9s %9s | %-23s %6s | %-23s %6s | %11s | %8s %5s | %s",
                "N", "live", "ovfl", "fail", "open p50/95", "ovfl p50/95", "heap KB", "KB/UI", "delay p50/p95/max ms",
                "missed", "chromium p50/p95/max", "missed", "CPU µs/view", "API p95", "errs", "log ERROR/TEXT_FULL/OOM");
        line(header);
        line("-".repeat(header.length()));
        for (StepResult r : results) {
            int uis = r.live + r.chromeLive;
            double perUi = uis > 0 && r.heapOpenKb > 0 ? (double) (r.heapOpenKb - r.heapIdleKb) / uis : Double.NaN;
            line(String.format("%6d | %5d %5d %5d | %11s %11s | %9d %9s | %-23s %6d | %-23s %6s | %11s | %8s %5d | %s",
                    r.n, r.live, r.overflow, r.failed, r.open.p50p95(), r.overflowOpen.p50p95(), r.heapOpenKb,
                    Double.isNaN(perUi) ? "-" : String.format("%.0f", perUi),
                    r.delay.p50p95() + "/" + Stats.ms(r.delay.max()), r.missed,
                    r.chromeDelay.p50p95() + "/" + Stats.ms(r.chromeDelay.max()),
                    r.chromeMissed + "/" + r.chromeLive,
                    r.updateCpu == null || r.live == 0 ? "-" : Long.toString(r.updateCpu.deliveringMillis() * 1000 / r.live),
                    Stats.ms(r.apiP95), r.apiErrors, r.log));
        }
        line("");
        line("Heap per step (KB): idle before step -> with viewers open -> after leaving");
        for (StepResult r : results) {
            StringBuilder after = new StringBuilder();
            r.heapAfterLeave.forEach((wait, kb) -> after.append(String.format("  +%ds: %d KB (%+d vs idle)", wait, kb,
                    kb - r.heapIdleKb)));
            line(String.format("  N=%d: %d -> %d%s; log ERROR/TEXT_FULL/OOM incl. leaving: %s", r.n, r.heapIdleKb,
                    r.heapOpenKb, after, r.logWithLeave));
        }
        double slope = Stats.slope(xs, ys);
        line(String.format("Retained heap per live UI, regression slope over (live UIs incl. Chromium, used heap) incl. idle %d KB: %s",
                idle, Double.isNaN(slope) ? "-" : String.format("%.0f KB/UI", slope)));
    }

    private void line(String text) {
        System.out.println(text);
        report.append(text).append(System.lineSeparator());
    }

    private void writeReport() {
        Path file = options.path("report", "target/load-report.txt");
        try {
            Files.writeString(file, report, StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("[load] Could not write " + file + ": " + e);
        }
    }

    private static final class StepResult {
        final int n;
        int live;
        int overflow;
        int failed;
        int chromeLive;
        Stats open;
        Stats overflowOpen;
        Stats chromeOpen;
        long heapIdleKb;
        long heapOpenKb;
        final Map<Integer, Long> heapAfterLeave = new LinkedHashMap<>();
        Stats delay = new Stats(List.of());
        int missed;
        Stats chromeDelay = new Stats(List.of());
        int chromeMissed;
        double apiP95 = Double.NaN;
        int apiCount;
        int apiErrors;
        ServerProcess.LogCounts log;
        ServerProcess.LogCounts logWithLeave;
        CpuTime updateCpu;

        StepResult(int n) {
            this.n = n;
        }
    }

    /** {@code --name value} pairs. */
    private record Options(Map<String, String> values) {

        static Options parse(String[] args) {
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i + 1 < args.length; i += 2) {
                if (!args[i].startsWith("--")) {
                    throw new IllegalArgumentException("Expected --name value, got " + args[i]);
                }
                values.put(args[i].substring(2), args[i + 1]);
            }
            return new Options(values);
        }

        String text(String name, String fallback) {
            String value = values.get(name);
            if (value == null && fallback == null) {
                throw new IllegalArgumentException("--" + name + " is required");
            }
            return value == null ? fallback : value;
        }

        int integer(String name, int fallback) {
            return Integer.parseInt(text(name, Integer.toString(fallback)));
        }

        Path path(String name, String fallback) {
            return Path.of(text(name, fallback));
        }

        List<Integer> viewers() {
            return numbers(text("viewers", "100 1000 2000 5000"));
        }

        List<Integer> leaveWaits() {
            return numbers(text("leave-waits", "30 120"));
        }

        private static List<Integer> numbers(String list) {
            return List.of(list.trim().split("[\\s,]+")).stream().map(Integer::parseInt).toList();
        }
    }
}
