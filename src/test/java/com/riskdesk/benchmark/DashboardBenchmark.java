package com.riskdesk.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The dashboard benchmark ({@link DashboardReadBenchmark}) on a scratch H2 file database, the default store. */
class DashboardBenchmark extends DashboardReadBenchmark {

    static final Path DIRECTORY = temporaryDirectory();

    @DynamicPropertySource
    static void scratchDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url",
                () -> "jdbc:h2:file:" + DIRECTORY.resolve("bench") + ";CASE_INSENSITIVE_IDENTIFIERS=TRUE");
        scratch(registry);
    }

    @Override
    String database() {
        return "H2 file database";
    }

    /**
     * Lets H2 reuse freed file space at once (its default keeps it 45 s), so the file does not swell to many times its
     * data, and skips the foreign-key look-ups (the ids are right by construction).
     */
    @Override
    void beforeBulkLoad() {
        jdbc.execute("set retention_time 0");
        jdbc.execute("set referential_integrity false");
    }

    /**
     * Both settings back to the defaults; the bulk load written out now, so the timed loads do not share the two
     * cores with H2's background writer still storing it (a running database is not in the minute after a bulk import).
     */
    @Override
    void afterBulkLoad() {
        jdbc.execute("set referential_integrity true");
        jdbc.execute("set retention_time 45000");
        jdbc.execute("analyze");
        jdbc.execute("checkpoint sync");
    }

    /**
     * A fresh directory for the scratch database, deleted when the JVM exits. {@code @DirtiesContext} closes the
     * context (and with it the database) after the class, before that.
     */
    private static Path temporaryDirectory() {
        try {
            Path directory = Files.createTempDirectory("dashboard-benchmark-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(directory)));
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("Could not delete " + directory + ": " + e);
        }
    }

}
