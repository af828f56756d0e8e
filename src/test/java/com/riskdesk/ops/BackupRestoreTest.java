package com.riskdesk.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.Application;
import com.riskdesk.TestData;
import com.riskdesk.entry.EntryDetails;
import com.riskdesk.entry.EntryFilter;
import com.riskdesk.entry.EntryService;
import com.riskdesk.entry.EntrySummary;
import com.riskdesk.entry.Figure;
import com.riskdesk.entry.NewEntry;
import com.riskdesk.entry.Qualifier;
import com.riskdesk.entry.Revision;
import com.riskdesk.monitor.MonitorService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An online backup of a running server's H2 file store, taken through {@code POST /actuator/backup} with the ops
 * token, restored with {@code --app.restore-from} into a fresh data folder of a second server: that server has every
 * entry and its whole history, as they were when the backup was taken.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "app.ops.token=" + OpsHttp.TOKEN)
class BackupRestoreTest {

    private static final Path ROOT = temporaryFolder();
    private static final Pattern FILE = Pattern.compile("\"file\":\"([^\"]+)\"");

    @DynamicPropertySource
    static void fileStore(DynamicPropertyRegistry properties) {
        Path live = ROOT.resolve("live");
        properties.add("app.data-dir", live::toString);
        properties.add("spring.datasource.url", () -> "jdbc:h2:file:" + live.resolve("risk-monitor")
                + ";CASE_INSENSITIVE_IDENTIFIERS=TRUE;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
        properties.add("app.ops.backup-dir", () -> ROOT.resolve("backups").toString());
    }

    @LocalServerPort
    int port;
    @Autowired
    MonitorService monitors;
    @Autowired
    EntryService entries;

    @Test
    void a_restored_backup_has_every_entry_and_its_history_as_at_the_backup() throws Exception {
        long monitorId = TestData.asAdmin(() -> monitors.create(TestData.monitor("kept")).id());
        long kept = record(monitorId, 1, 3);
        long corrected = record(monitorId, 2, 5);
        long retracted = record(monitorId, 3, 7);
        TestData.asAdmin(() -> {
            EntryDetails before = entries.find(corrected);
            NewEntry content = TestData.figures(monitorId, before.content().occurredOn(),
                    Map.of("deaths", Figure.increment(Qualifier.AT_LEAST, 6)));
            entries.correct(corrected, before.version(), content, "The wire raised its count");
            entries.retract(retracted, entries.find(retracted).version(), "Duplicate of another report");
            return null;
        });
        Map<Long, EntryDetails> details = new LinkedHashMap<>();
        Map<Long, List<Revision>> histories = new LinkedHashMap<>();
        read(entries, monitorId, details, histories);

        HttpResponse<String> answer = new OpsHttp(port).post("/actuator/backup", OpsHttp.TOKEN);
        long after = record(monitorId, 4, 1);

        assertThat(answer.statusCode()).isEqualTo(200);
        Matcher file = FILE.matcher(answer.body());
        assertThat(file.find()).as(answer.body()).isTrue();
        Path backup = Path.of(file.group(1));
        assertThat(backup).exists().hasParent(ROOT.resolve("backups"));
        assertThat(backup.getFileName().toString()).matches("risk-monitor-\\d{8}T\\d{6}Z(-\\d+)?\\.zip");
        assertThat(details).containsOnlyKeys(kept, corrected, retracted);
        assertThat(histories.get(corrected)).hasSize(2);
        assertThat(details.get(retracted).retracted()).isTrue();

        try (ConfigurableApplicationContext restored = startRestored(backup, ROOT.resolve("fresh"))) {
            Map<Long, EntryDetails> restoredDetails = new LinkedHashMap<>();
            Map<Long, List<Revision>> restoredHistories = new LinkedHashMap<>();
            read(restored.getBean(EntryService.class), monitorId, restoredDetails, restoredHistories);

            assertThat(restoredDetails).as("every entry, none taken after the backup").isEqualTo(details)
                    .doesNotContainKey(after);
            assertThat(restoredHistories).isEqualTo(histories);
        }
    }

    private long record(long monitorId, int daysAgo, int deaths) {
        return TestData.asAdmin(() -> entries.record(TestData.figures(monitorId, TestData.TODAY.minusDays(daysAgo),
                Map.of("deaths", Figure.increment(Qualifier.EXACT, deaths)))));
    }

    private static void read(EntryService service, long monitorId, Map<Long, EntryDetails> details,
                             Map<Long, List<Revision>> histories) {
        TestData.asAdmin(() -> {
            for (EntrySummary summary : service.search(EntryFilter.all(monitorId), 0, 100)) {
                details.put(summary.id(), service.find(summary.id()));
                histories.put(summary.id(), service.history(summary.id()));
            }
            return null;
        });
    }

    /** A second server, started as the README says: a fresh data folder and the backup to restore. */
    private static ConfigurableApplicationContext startRestored(Path backup, Path dataDir) {
        return new SpringApplication(Application.class).run("--app.data-dir=" + dataDir,
                "--app.restore-from=" + backup, "--server.port=0", "--app.demo-data=false",
                "--spring.profiles.active=", "--logging.level.root=WARN");
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("backup-restore");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
