package com.riskdesk.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.Application;
import com.riskdesk.TestData;
import com.riskdesk.e2e.KeepsSecurityStrategy;
import com.riskdesk.entry.EntryDetails;
import com.riskdesk.entry.EntryFilter;
import com.riskdesk.entry.EntryService;
import com.riskdesk.entry.Figure;
import com.riskdesk.entry.Qualifier;
import com.riskdesk.entry.Revision;
import com.riskdesk.monitor.MonitorService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The README's backup and restore on PostgreSQL: {@code pg_dump -Fc} of the running app's database, {@code pg_restore}
 * into an empty database, and a second server started on that one has every entry and its whole history as they
 * were at the dump, and nothing saved after it.
 */
@ExtendWith({PostgresAvailable.class, KeepsSecurityStrategy.class})
@SpringBootTest
@Import(TestData.FixedClock.class)
class PostgresBackupRestoreIT {

    private static final String DATABASE = PostgresServer.binaries().isPresent()
            ? PostgresServer.shared().newDatabase() : "";

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry properties) {
        PostgresProperties.register(properties, DATABASE);
    }

    @Autowired
    MonitorService monitors;
    @Autowired
    EntryService entries;
    @Autowired
    SecurityContextHolderStrategy security;

    @Test
    void a_pg_dump_restored_into_an_empty_database_has_every_entry_and_its_history() throws Exception {
        long monitorId = TestData.asAdmin(() -> monitors.create(TestData.monitor("pg-backup")).id());
        long kept = record(monitorId, 1, 3);
        long corrected = record(monitorId, 2, 5);
        long retracted = record(monitorId, 3, 7);
        TestData.asAdmin(() -> {
            EntryDetails before = entries.find(corrected);
            entries.correct(corrected, before.version(), TestData.figures(monitorId, before.content().occurredOn(),
                    Map.of("deaths", Figure.increment(Qualifier.AT_LEAST, 6))), "The wire raised its count");
            entries.retract(retracted, entries.find(retracted).version(), "Duplicate of another report");
            return null;
        });
        List<Object> before = everything(entries, security, monitorId);
        Path dump = Files.createTempDirectory("pg-dump").resolve("risk-monitor.dump");

        run(PostgresServer.shared().bin().resolve("pg_dump").toString(), "-Fc", "-f", dump.toString(),
                "-h", "127.0.0.1", "-p", Integer.toString(PostgresServer.shared().port()), "-U", PostgresServer.USER,
                name(DATABASE));
        long afterDump = record(monitorId, 4, 1);
        String restored = PostgresServer.shared().newDatabase();
        run(PostgresServer.shared().bin().resolve("pg_restore").toString(), "--no-owner", "-d", name(restored),
                "-h", "127.0.0.1", "-p", Integer.toString(PostgresServer.shared().port()), "-U", PostgresServer.USER,
                dump.toString());

        assertThat(before).hasSize(2 * 3);
        try (ConfigurableApplicationContext second = start(restored)) {
            List<Object> after = everything(second.getBean(EntryService.class),
                    second.getBean(SecurityContextHolderStrategy.class), monitorId);
            assertThat(after).as("every entry and its history, as at the dump").isEqualTo(before);
            assertThat(TestData.asAdmin(second.getBean(SecurityContextHolderStrategy.class),
                    () -> second.getBean(EntryService.class).search(EntryFilter.all(monitorId), 0, 100)))
                    .extracting(summary -> summary.id()).containsExactlyInAnyOrder(kept, corrected, retracted)
                    .doesNotContain(afterDump);
        }
    }

    private long record(long monitorId, int daysAgo, int deaths) {
        return TestData.asAdmin(() -> entries.record(TestData.figures(monitorId, TestData.TODAY.minusDays(daysAgo),
                Map.of("deaths", Figure.increment(Qualifier.EXACT, deaths)))));
    }

    /** Each entry's details and its history, in the grid's order. */
    private static List<Object> everything(EntryService service, SecurityContextHolderStrategy security,
                                           long monitorId) {
        return TestData.asAdmin(security, () -> {
            List<Object> all = new ArrayList<>();
            service.search(EntryFilter.all(monitorId), 0, 100).forEach(summary -> {
                EntryDetails details = service.find(summary.id());
                List<Revision> history = service.history(summary.id());
                all.add(details);
                all.add(history);
            });
            return all;
        });
    }

    private static ConfigurableApplicationContext start(String url) {
        List<String> arguments = new ArrayList<>(List.of(PostgresProperties.arguments(url)));
        arguments.addAll(List.of("--server.port=0", "--app.demo-data=false", "--spring.profiles.active=test",
                "--logging.level.root=WARN"));
        return new SpringApplication(Application.class).run(arguments.toArray(String[]::new));
    }

    private static String name(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
    }
}
