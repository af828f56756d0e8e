package com.riskdesk.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.TestData;
import com.riskdesk.dashboard.DashboardService;
import com.riskdesk.entry.EntryFilter;
import com.riskdesk.entry.EntryService;
import com.riskdesk.entry.imports.ImportPlan;
import com.riskdesk.entry.imports.ImportRecord;
import com.riskdesk.entry.imports.ImportService;
import com.riskdesk.monitor.MonitorDetails;
import com.riskdesk.monitor.MonitorService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Benchmark of the bulk import: {@code benchmark.rows} synthetic rows (default 50,000, over three years of days, in
 * the documented minimal format with figures) imported into an empty monitor of a scratch H2 file database, as the
 * staff screen does it: dry run, then the import in one transaction. Then the same file's dry run again, where every
 * row now matches an entry. Not a test (the name ends in neither Test nor IT); run it with
 *
 * <pre>./mvnw -q test -Dtest=ImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * The figures are printed and written to {@code target/import-benchmark.txt}.
 */
@SpringBootTest
@Import(TestData.FixedClock.class)
@DirtiesContext
class ImportBenchmark {

    static final Path DIRECTORY = temporaryDirectory();
    static final LocalDate START = TestData.TODAY.minusYears(3);

    @DynamicPropertySource
    static void scratchDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + DIRECTORY.resolve("import")
                + ";CASE_INSENSITIVE_IDENTIFIERS=TRUE;WRITE_DELAY=0");
        registry.add("app.demo-data", () -> "false");
        registry.add("logging.level.root", () -> "WARN");
    }

    @Autowired
    ImportService imports;
    @Autowired
    EntryService entries;
    @Autowired
    MonitorService monitors;
    @Autowired
    DashboardService dashboards;

    @Test
    void import_rows() throws IOException {
        int rows = Integer.getInteger("benchmark.rows", 50_000);
        MonitorDetails monitor = TestData.asAdmin(() -> monitors.create(monitorStarting("import-bench")));
        byte[] csv = syntheticCsv(rows);
        List<String> report = new ArrayList<>();
        report.add(format("Import of %,d rows (%,d KB of CSV) into an empty monitor; H2 file database, %d cores",
                rows, csv.length / 1024, Runtime.getRuntime().availableProcessors()));

        long start = System.nanoTime();
        ImportPlan plan = TestData.asAdmin(() -> imports.dryRun(monitor.id(), "bench.csv", csv));
        Duration dryRun = since(start);
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.toAdd()).isEqualTo(rows);

        AtomicInteger updates = new AtomicInteger();
        start = System.nanoTime();
        ImportRecord done = TestData.asAdmin(() -> imports.importFile(monitor.id(), "bench.csv", csv,
                written -> updates.incrementAndGet()));
        Duration imported = since(start);
        assertThat(done.added()).isEqualTo(rows);
        assertThat(TestData.asAdmin(() -> entries.count(EntryFilter.all(monitor.id())))).isEqualTo(rows);

        start = System.nanoTime();
        ImportPlan again = TestData.asAdmin(() -> imports.dryRun(monitor.id(), "bench.csv", csv));
        Duration rematch = since(start);
        assertThat(again.matched()).isEqualTo(rows);

        start = System.nanoTime();
        assertThat(dashboards.dashboard(monitor.slug(), 30)).isPresent();
        Duration firstDashboard = since(start);

        report.add(format("dry run (parse, check, match): %,d ms", dryRun.toMillis()));
        report.add(format("import (dry run again, write in batches of 1000, rollups): %,d ms; %d progress updates",
                imported.toMillis(), updates.get()));
        report.add(format("dry run of the same file afterwards (every row matches): %,d ms", rematch.toMillis()));
        report.add(format("first dashboard load after the import: %,d ms", firstDashboard.toMillis()));
        report.forEach(System.out::println);
        Files.write(Path.of("target", "import-benchmark.txt"), report);
        System.out.println("Written to " + Path.of("target", "import-benchmark.txt").toAbsolutePath());
    }

    /** The documented minimal format: one strike a row, with deaths as what the event adds, spread over the days. */
    private static byte[] syntheticCsv(int rows) {
        int days = (int) ChronoUnit.DAYS.between(START, TestData.TODAY) + 1;
        StringBuilder csv = new StringBuilder("date,kind,headline,source_outlet,source_title,confidence,Strikes,deaths\r\n");
        for (int i = 0; i < rows; i++) {
            csv.append(START.plusDays(i % days)).append(",STRIKE,Synthetic strike ").append(i)
                    .append(",Bench Wire,Report ").append(i).append(",Single-source report,1 (this event),")
                    .append(i % 3).append(" (this event)\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static com.riskdesk.monitor.MonitorDefinition monitorStarting(String slug) {
        var definition = TestData.monitor(slug);
        return new com.riskdesk.monitor.MonitorDefinition(definition.slug(), definition.name(), definition.summary(),
                START, definition.indicators(), definition.ladder());
    }

    private static Duration since(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos);
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }

    private static Path temporaryDirectory() {
        try {
            Path directory = Files.createTempDirectory("import-benchmark-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try (Stream<Path> files = Files.walk(directory)) {
                    files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                } catch (IOException e) {
                    // A leftover scratch folder in the temp directory is harmless.
                }
            }));
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
