package com.riskdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.Application;
import com.riskdesk.TestData;
import com.riskdesk.entry.Confidence;
import com.riskdesk.entry.DatePrecision;
import com.riskdesk.entry.EntryKind;
import com.riskdesk.entry.EntryService;
import com.riskdesk.entry.Figure;
import com.riskdesk.entry.NewEntry;
import com.riskdesk.entry.Qualifier;
import com.riskdesk.monitor.MonitorService;
import com.riskdesk.postgres.PostgresAvailable;
import com.riskdesk.postgres.PostgresProperties;
import com.riskdesk.postgres.PostgresServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Two app servers on one real PostgreSQL database, as behind a load balancer: a dashboard open in Chromium on server
 * B shows an entry saved on server A within 1 s, through PostgreSQL {@code LISTEN/NOTIFY} (no broker), updated in
 * place without a reload.
 */
@ExtendWith({PostgresAvailable.class, KeepsSecurityStrategy.class})
class TwoServersIT {

    private static final Duration WITHIN = Duration.ofSeconds(1);
    private static final Duration FIRST_LOAD = Duration.ofSeconds(180);

    private static ConfigurableApplicationContext serverA;
    private static ConfigurableApplicationContext serverB;
    private static Browser viewer;

    @BeforeAll
    static void startServers() throws IOException {
        String database = PostgresServer.shared().newDatabase();
        // A first, so that it alone loads the demo monitor into the empty database; B finds it there.
        serverA = start(database, Files.createTempDirectory("server-a"));
        serverB = start(database, Files.createTempDirectory("server-b"));
        viewer = Browser.start();
    }

    @AfterAll
    static void stopServers() {
        if (viewer != null) {
            viewer.close();
        }
        for (ConfigurableApplicationContext server : new ConfigurableApplicationContext[] {serverB, serverA}) {
            if (server != null) {
                server.close();
            }
        }
    }

    @Test
    void an_entry_saved_on_server_a_shows_on_a_dashboard_open_on_server_b_within_a_second() {
        LiveUpdateIT.PushLatency push = LiveUpdateIT.PushLatency.watch(viewer.driver());
        viewer.driver().get("http://localhost:" + port(serverB) + "/monitors/venezuela");
        new WebDriverWait(viewer.driver(), FIRST_LOAD, Duration.ofMillis(200))
                .withMessage("the dashboard tiles never appeared on server B")
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("tile-since-last")));
        assertThat(push.text("#tile-deaths .tile-number")).isEqualTo("83");
        push.awaitChannel(Duration.ofSeconds(20));
        long venezuela = serverA.getBean(MonitorService.class).findBySlug("venezuela").orElseThrow().id();
        EntryService entriesOnA = serverA.getBean(EntryService.class);

        // A first change warms up both servers' paths (class loading, JIT, the listening connection).
        String entriesBefore = push.text("#entries");
        push.save(() -> onA(() -> entriesOnA.record(new NewEntry(venezuela, EntryKind.valueOf("STATEMENT"),
                LocalDate.of(2025, 12, 4), DatePrecision.DAY, null, "A statement saved on server A", TestData.SOURCE,
                Confidence.OFFICIAL_CLAIM, null, Map.of())))).awaitTrue("the entry list on B to grow",
                "return document.getElementById('entries')?.textContent.trim() !== arguments[0];", entriesBefore);

        List<Duration> delays = new ArrayList<>();
        for (int deaths : new int[] {90, 95}) {
            LiveUpdateIT.PushLatency.Save save = push.save(() -> onA(() -> entriesOnA.record(new NewEntry(venezuela,
                    EntryKind.valueOf("CASUALTY_REPORT"), LocalDate.of(2025, 12, 5), DatePrecision.DAY, null,
                    "Deaths reported at " + deaths + " (saved on server A)", TestData.SOURCE, Confidence.CONFIRMED,
                    null, Map.of("deaths", Figure.cumulative(Qualifier.AT_LEAST, deaths))))));
            delays.add(save.awaitText("#tile-deaths .tile-number", Integer.toString(deaths)));
        }

        System.out.println("[two-servers] save on A to dashboard on B: " + delays.stream()
                .map(delay -> delay.toMillis() + " ms").toList());
        assertThat(delays).allSatisfy(delay -> assertThat(delay).isLessThan(WITHIN));
        assertThat(push.text("#dashboard-updates")).contains("deaths now at least 95");
    }

    private static <T> T onA(Supplier<T> work) {
        return TestData.asAdmin(serverA.getBean(SecurityContextHolderStrategy.class), work);
    }

    private static int port(ConfigurableApplicationContext server) {
        return Integer.parseInt(server.getEnvironment().getRequiredProperty("local.server.port"));
    }

    private static ConfigurableApplicationContext start(String database, Path dataDir) {
        List<String> arguments = new ArrayList<>(List.of(PostgresProperties.arguments(database)));
        arguments.addAll(List.of("--server.port=0", "--app.data-dir=" + dataDir, "--app.demo-data=true",
                "--spring.profiles.active=test", "--logging.level.root=WARN"));
        return new SpringApplication(Application.class).run(arguments.toArray(String[]::new));
    }
}
